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

/** About how many units a block of the mirror holds. */
const BLOCK = 2048;

/**
 * [start, end) pairs cutting text[from, to) into blocks of about BLOCK units, each ending just
 * after a line break (or at `to`), so that a block starts a line as the textarea's text does.
 * An empty span is one empty block.
 */
function blocksOf(text, from, to) {
  const out = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start + BLOCK - 1);
    const end = nl < 0 || nl + 1 >= to ? to : nl + 1;
    out.push([start, end]);
    start = end;
  }
  if (!out.length) out.push([from, to]);
  return out;
}

export class TextareaSurface {
  /** @param {ParentNode} [container] where the overlay goes (default: the body; the extension: its own shadow root) */
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
    this.chunks = []; // the mirror's blocks: { start, end, sig, el, marks }, in text order
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
   * Redraws `view` (a text, or read()'s view of it) with `marks` (offsets into that text).
   *
   * The mirror is cut into blocks of a few KB, each ending just after a line break, so that
   * they wrap exactly as the one text of the textarea does. Only the blocks the edit touched,
   * or whose marks changed, are rebuilt: typing in a long text rebuilds one small block, and
   * the browser lays out that block again, not the whole text.
   */
  draw(marks, view) {
    const text = typeof view === 'string' ? view : view.text;
    this.runs = runs(marks);
    this.byIndex = new Map(marks.map((m) => [m.index, m]));
    const before = this.shown;
    const old = this.chunks;
    const delta = text.length - before.length;
    // The blocks the edit leaves alone, before and after it; the span between is cut anew.
    let front = 0;
    let back = old.length;
    if (text !== before) {
      const region = changedRegion(before, text);
      while (front < old.length && old[front].end < region.start) front++;
      while (back > front && old[back - 1].start > region.endBefore) back--;
    } else front = back = old.length;
    // Either the touched blocks' span, or (the first draw) the whole text, or nothing.
    const span = front < back ? [old[front].start, old[back - 1].end + delta] : old.length ? null : [0, text.length];
    const next = old.slice(0, front);
    const fresh = [];
    for (const [start, end] of span ? blocksOf(text, ...span) : []) {
      const chunk = { start, end, sig: null, el: document.createElement('div'), marks: [] };
      fresh.push(chunk);
      next.push(chunk);
    }
    for (let i = back; i < old.length; i++) next.push({ ...old[i], start: old[i].start + delta, end: old[i].end + delta });
    // DOM: the touched blocks out, the new ones in, in place.
    for (let i = front; i < back; i++) old[i].el.remove();
    const frag = document.createDocumentFragment();
    for (const chunk of fresh) frag.append(chunk.el);
    this.mirror.insertBefore(frag, old[back]?.el ?? null);
    // Each block's marks, from the runs (both in text order); a block whose marks look the same
    // as it had (where they are, and how they are drawn) keeps its children: a new report that
    // only renumbers its hints rebuilds nothing.
    let r = 0;
    const last = next.at(-1);
    for (const chunk of next) {
      while (r < this.runs.length && this.runs[r].end <= chunk.start) r++;
      const pieces = [];
      for (let k = r; k < this.runs.length && this.runs[k].start < chunk.end; k++) pieces.push(this.runs[k]);
      const tail = chunk === last && text.endsWith('\n');
      const sig =
        pieces.map((run) => `${Math.max(run.start, chunk.start) - chunk.start}-${Math.min(run.end, chunk.end) - chunk.start}${classOf(run)}`).join(' ') +
        (tail ? ' +' : '');
      if (sig !== chunk.sig) this.#fill(chunk, pieces, text, tail, sig);
      else pieces.forEach((run, i) => (run.elements ??= []).push(chunk.marks[i]));
    }
    this.chunks = next;
    this.shown = text;
    // Where the textarea scrolled to after the edit is known after layout: next frame.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.place);
  }

  /** Builds a block's children: its text, with a <mark> per run piece. */
  #fill(chunk, pieces, text, tail, sig) {
    const frag = document.createDocumentFragment();
    chunk.marks = [];
    let at = chunk.start;
    for (const run of pieces) {
      const start = Math.max(run.start, chunk.start);
      const end = Math.min(run.end, chunk.end);
      if (start > at) frag.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = classOf(run);
      mark.textContent = text.slice(start, end);
      (run.elements ??= []).push(mark);
      chunk.marks.push(mark);
      frag.append(mark);
      at = end;
    }
    // A final newline takes a line in a textarea but not in a div: a space keeps the heights equal.
    const rest = text.slice(at, chunk.end) + (tail ? ' ' : '');
    if (rest) frag.append(rest);
    chunk.el.replaceChildren(frag);
    chunk.sig = sig;
  }

  /** The mark under the pointer, if any. */
  markAt(x, y) {
    for (const run of this.runs) {
      for (const element of run.elements ?? []) {
        for (const r of element.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4) return run.mark;
        }
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
    return run?.elements?.[0]?.getClientRects()[0] ?? this.textarea.getBoundingClientRect();
  }

  caret() {
    return this.textarea.selectionStart === this.textarea.selectionEnd ? this.textarea.selectionStart : -1;
  }

  /** Where the writer is, even with a selection: the large-text window goes around it. */
  focusOffset() {
    return this.textarea.selectionStart;
  }

  setActive(index) {
    for (const el of this.mirror.querySelectorAll('mark.active')) el.classList.remove('active');
    if (index >= 0) for (const run of this.#runsOf(index)) for (const el of run.elements ?? []) el.classList.add('active');
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
