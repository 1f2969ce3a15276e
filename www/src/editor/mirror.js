// Underlines for a <textarea>: a mirror element with the textarea's exact box and font, laid
// over it in a shadow root. Its text is transparent, only the underlines show; it never takes
// the pointer, so the textarea stays fully usable. The host page's DOM is left alone.

import { OVERLAY_CSS, adopt } from './styles.js';
import { runs } from './marks.js';
import { changedRegion } from './rebase.js';

const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant',
  'fontFeatureSettings', 'fontKerning', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'textAlign', 'tabSize', 'direction', 'paddingTop', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'whiteSpace', 'overflowWrap', 'wordBreak',
];

const classOf = (run) => run.severity + (run.overflow ? ' overflow' : '');

export class TextareaSurface {
  /** @param {Node} [container] where the overlay goes (default: the body; the extension: its own shadow root) */
  constructor(textarea, container = document.body) {
    this.textarea = textarea;
    this.host = document.createElement('div');
    this.host.setAttribute('data-brio-overlay', '');
    this.host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;z-index:2147483000;';
    const root = this.host.attachShadow({ mode: 'open' });
    adopt(root, OVERLAY_CSS);
    this.mirror = document.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    root.append(this.mirror);
    container.append(this.host);
    this.runs = [];
    this.pieces = []; // the mirror's children: { start, end, run, node }, in text order
    this.shown = ''; // the text the mirror holds
    this.byIndex = new Map(); // mark index -> mark, for rectOf and setActive
    this.frame = 0;

    this.sync = this.sync.bind(this);
    this.place = this.place.bind(this);
    this.resize = new ResizeObserver(this.sync);
    this.resize.observe(textarea);
    textarea.addEventListener('scroll', this.place, { passive: true });
    addEventListener('scroll', this.place, { passive: true, capture: true });
    addEventListener('resize', this.sync, { passive: true });
    this.sync();
  }

  text() {
    return this.textarea.value;
  }

  /** A view of the text, as the session core reads it. */
  read() {
    return { text: this.textarea.value };
  }

  /** Copies the textarea's box and font onto the mirror (on a resize: it forces a layout). */
  sync() {
    const ta = this.textarea;
    const cs = getComputedStyle(ta);
    const m = this.mirror.style;
    for (const p of COPIED) m[p] = cs[p];
    // A visible scrollbar narrows the textarea's text: narrow the mirror's by as much.
    const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
    const scrollbar = ta.offsetWidth - ta.clientWidth - borders;
    m.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    this.place();
  }

  /** Puts the mirror exactly over the textarea, at its scroll position. */
  place() {
    const ta = this.textarea;
    const m = this.mirror.style;
    const rect = ta.getBoundingClientRect();
    m.left = `${rect.left}px`;
    m.top = `${rect.top}px`;
    m.width = `${rect.width}px`;
    m.height = `${rect.height}px`;
    m.display = rect.width && rect.height ? '' : 'none';
    this.mirror.scrollTop = ta.scrollTop;
    this.mirror.scrollLeft = ta.scrollLeft;
  }

  /**
   * Redraws `view` (a text, or read()'s view of it) with `marks` (offsets into that text). Only the mirror's children
   * that changed are replaced: typing in a long text edits one text node in place, so that a
   * keystroke costs the browser what it costs in the textarea, not a new layout of it all.
   */
  draw(marks, view) {
    const text = typeof view === 'string' ? view : view.text;
    this.runs = runs(marks);
    this.byIndex = new Map(marks.map((m) => [m.index, m]));
    const pieces = [];
    let at = 0;
    for (const run of this.runs) {
      if (run.start > at) pieces.push({ start: at, end: run.start, run: null, node: null });
      pieces.push({ start: run.start, end: run.end, run, node: null });
      at = run.end;
    }
    pieces.push({ start: at, end: text.length, run: null, node: null });
    this.#patch(pieces, text);
    this.pieces = pieces;
    this.shown = text;
    // Where the textarea scrolled to after the edit is known after layout: next frame.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.place);
  }

  #patch(pieces, text) {
    const old = this.pieces;
    const before = this.shown;
    const region = changedRegion(before, text);
    const same = (a, b) =>
      a.end - a.start === b.end - b.start &&
      Boolean(a.run) === Boolean(b.run) &&
      (!a.run || (classOf(a.run) === classOf(b.run) && a.run.mark.index === b.run.mark.index));
    // Children before the edit whose text and mark are unchanged stay, and so do those after it.
    let front = 0;
    while (front < old.length && front < pieces.length && old[front].start === pieces[front].start &&
      old[front].end <= region.start && same(old[front], pieces[front])) front++;
    let oldBack = old.length;
    let newBack = pieces.length;
    while (oldBack > front && newBack > front) {
      const a = old[oldBack - 1];
      const b = pieces[newBack - 1];
      if (a.start < region.endBefore || b.start < region.endAfter) break;
      if (before.length - a.start !== text.length - b.start || !same(a, b)) break;
      oldBack--;
      newBack--;
    }
    for (let i = 0; i < front; i++) this.#keep(old[i], pieces[i]);
    for (let i = 0; i < pieces.length - newBack; i++) this.#keep(old[oldBack + i], pieces[newBack + i]);
    // A final newline takes a line in a textarea but not in a div: a space keeps the heights equal.
    const tail = (p) => (p.end === text.length && text.endsWith('\n') ? ' ' : '');
    const oldTail = (p) => (p.end === before.length && before.endsWith('\n') ? ' ' : '');
    // The common keystroke: one plain text child changed. Edit its data in place.
    if (oldBack - front === 1 && newBack - front === 1 && !old[front].run && !pieces[front].run) {
      const node = old[front].node;
      const o = old[front];
      const p = pieces[front];
      const data = text.slice(p.start, p.end) + tail(p);
      if (o.start === p.start && region.start >= o.start && region.endBefore <= o.end && oldTail(o) === tail(p)) {
        node.replaceData(region.start - o.start, region.endBefore - region.start, text.slice(region.start, region.endAfter));
      } else node.data = data;
      p.node = node;
      return;
    }
    const next = old[oldBack]?.node ?? null;
    for (let i = front; i < oldBack; i++) old[i].node.remove();
    const frag = document.createDocumentFragment();
    for (let i = front; i < newBack; i++) {
      const p = pieces[i];
      const content = text.slice(p.start, p.end) + tail(p);
      if (p.run) {
        const mark = document.createElement('mark');
        mark.className = classOf(p.run);
        mark.dataset.index = String(p.run.mark.index);
        mark.textContent = content;
        p.run.element = mark;
        p.node = mark;
      } else p.node = document.createTextNode(content);
      frag.append(p.node);
    }
    this.mirror.insertBefore(frag, next);
  }

  #keep(from, to) {
    to.node = from.node;
    if (to.run) to.run.element = from.node;
  }

  /** The mark under the pointer, if any. */
  markAt(x, y) {
    for (const run of this.runs) {
      for (const r of run.element.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4) return run.mark;
      }
    }
    return null;
  }

  /** The runs mark `index` covers (binary search: runs are in text order). */
  #runsOf(index) {
    const mark = this.byIndex.get(index);
    if (!mark) return [];
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid].end <= mark.start) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    for (let i = lo; i < this.runs.length && this.runs[i].start < mark.end; i++) out.push(this.runs[i]);
    return out;
  }

  /** Where mark `index` is drawn (its first line box), for placing its card. */
  rectOf(index) {
    const [run] = this.#runsOf(index);
    return run?.element.getClientRects()[0] ?? this.textarea.getBoundingClientRect();
  }

  caret() {
    return this.textarea.selectionStart === this.textarea.selectionEnd ? this.textarea.selectionStart : -1;
  }

  /** Where the writer is, even with a selection: the large-text window goes around it. */
  focusOffset() {
    return this.textarea.selectionStart;
  }

  setActive(index) {
    for (const run of this.runs) run.element.classList.remove('active');
    if (index >= 0) for (const run of this.#runsOf(index)) run.element.classList.add('active');
  }

  destroy() {
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    this.textarea.removeEventListener('scroll', this.place);
    removeEventListener('scroll', this.place, { capture: true });
    removeEventListener('resize', this.sync);
    this.host.remove();
  }
}
