// Underlines for a <textarea>: a mirror element with the textarea's exact box and font, laid
// over it in a shadow root. Its text is transparent, only the underlines show; it never takes
// the pointer, so the textarea stays fully usable. The host page's DOM is left alone.

import { OVERLAY_CSS, adopt } from './styles.js';
import { narrowest, runs, worst } from './marks.js';

const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant',
  'fontFeatureSettings', 'fontKerning', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'textAlign', 'tabSize', 'direction', 'paddingTop', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'whiteSpace', 'overflowWrap', 'wordBreak',
];

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

    this.sync = this.sync.bind(this);
    this.resize = new ResizeObserver(this.sync);
    this.resize.observe(textarea);
    textarea.addEventListener('scroll', this.sync, { passive: true });
    addEventListener('scroll', this.sync, { passive: true, capture: true });
    addEventListener('resize', this.sync, { passive: true });
    this.sync();
  }

  text() {
    return this.textarea.value;
  }

  /** Puts the mirror exactly over the textarea, with its box, font and scroll. */
  sync() {
    const ta = this.textarea;
    const cs = getComputedStyle(ta);
    const m = this.mirror.style;
    for (const p of COPIED) m[p] = cs[p];
    const rect = ta.getBoundingClientRect();
    m.left = `${rect.left}px`;
    m.top = `${rect.top}px`;
    m.width = `${rect.width}px`;
    m.height = `${rect.height}px`;
    // A visible scrollbar narrows the textarea's text: narrow the mirror's by as much.
    const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
    const scrollbar = ta.offsetWidth - ta.clientWidth - borders;
    m.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    m.display = rect.width && rect.height ? '' : 'none';
    this.mirror.scrollTop = ta.scrollTop;
    this.mirror.scrollLeft = ta.scrollLeft;
  }

  /** Redraws `text` with `marks` (which must be offsets into `text`). */
  draw(marks, text) {
    const frag = document.createDocumentFragment();
    this.runs = runs(marks);
    let at = 0;
    for (const run of this.runs) {
      if (run.start > at) frag.append(document.createTextNode(text.slice(at, run.start)));
      const mark = document.createElement('mark');
      const top = worst(run.marks);
      mark.className = top.severity + (run.marks.some((r) => r.overflow) ? ' overflow' : '');
      mark.dataset.index = run.marks.map((r) => r.index).join(' ');
      mark.textContent = text.slice(run.start, run.end);
      run.element = mark;
      frag.append(mark);
      at = run.end;
    }
    // A final newline takes a line in a textarea but not in a div: keep the heights equal.
    frag.append(document.createTextNode(text.slice(at) + (text.endsWith('\n') ? ' ' : '')));
    this.mirror.replaceChildren(frag);
    this.sync();
  }

  /** The mark under the pointer, if any. */
  markAt(x, y) {
    for (const run of this.runs) {
      for (const r of run.element.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4) return narrowest(run.marks);
      }
    }
    return null;
  }

  /** Where mark `index` is drawn (its first line box), for placing its card. */
  rectOf(index) {
    const run = this.runs.find((r) => r.marks.some((m) => m.index === index));
    return run?.element.getClientRects()[0] ?? this.textarea.getBoundingClientRect();
  }

  caret() {
    return this.textarea.selectionStart === this.textarea.selectionEnd ? this.textarea.selectionStart : -1;
  }

  setActive(index) {
    for (const run of this.runs) run.element.classList.toggle('active', run.marks.some((m) => m.index === index));
  }

  destroy() {
    this.resize.disconnect();
    this.textarea.removeEventListener('scroll', this.sync);
    removeEventListener('scroll', this.sync, { capture: true });
    removeEventListener('resize', this.sync);
    this.host.remove();
  }
}
