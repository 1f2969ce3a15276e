// Underlines for a contenteditable: the CSS Custom Highlight API paints ranges without adding a
// single node to the editor, which rich editors (ProseMirror, Lexical, Quill) would fight.
// One highlight per severity, shared by every editor on the page; each editor owns its ranges.

import { HIGHLIGHT_CSS, SEVERITIES, adopt } from './styles.js';
import { domPosition, domRange, readText, textOffset } from './text-model.js';
import { narrowest } from './marks.js';

const NAMES = [...SEVERITIES, 'overflow'];

/**
 * Units of a mark painted at most. Chromium keeps a highlight's range as a marker on every text
 * node it covers and revisits them all whenever the registry or the text under them changes: an
 * overflow mark over a pasted 1 MB text would make each keystroke repaint thousands of nodes.
 * Past this, a mark (in practice only the overflow past a platform's limit) is painted from its
 * start on; the meter and the card still say how far over the text is.
 */
export const PAINTED = 8192;
const paintedEnd = (mark) => Math.min(mark.end, mark.start + PAINTED);
let shared = null;

function highlights(doc) {
  if (shared) return shared;
  if (!globalThis.CSS?.highlights || typeof Highlight !== 'function') return null;
  // Reuse highlights another Brio module registered (a CMS plugin on the same page): replacing
  // them would silently drop that module's ranges.
  shared = Object.fromEntries(NAMES.map((n) => [n, CSS.highlights.get(`brio-${n}`) ?? new Highlight()]));
  for (const n of NAMES) CSS.highlights.set(`brio-${n}`, shared[n]);
  adopt(doc, HIGHLIGHT_CSS);
  // Overflow is drawn under the severity underlines.
  shared.overflow.priority = -1;
  return shared;
}

export class RichSurface {
  constructor(root) {
    this.root = root;
    this.marks = []; // { ...mark, range }: what is drawn
    this.report = null; // the report those marks come from
    this.shared = highlights(root.ownerDocument);
    // ::highlight() rules apply within their own tree: an editor in a shadow root needs them there.
    const tree = root.getRootNode();
    if (this.shared && tree instanceof ShadowRoot) adopt(tree, HIGHLIGHT_CSS);
  }

  text() {
    return readText(this.root).text;
  }

  /** A view of the text with its map to the DOM, as the session core reads it. */
  read() {
    return readText(this.root);
  }

  /**
   * Draws `marks` over `view` (a model from read(), or a text to compare with the DOM's).
   * Ranges are live: they follow edits of the DOM by themselves. So when the marks come from
   * the report already drawn (typing since), the ranges of marks the edit touched are dropped
   * and the others stay, each checked to still cover as much text as its mark.
   * @param {{ start: number, end: number, severity: string, overflow?: boolean, index: number }[]} marks
   * @param {string | { text: string, segments: object[] }} view
   * @param {{ report?: object }} [info]
   */
  draw(marks, view, { report } = {}) {
    const model = typeof view === 'string' ? readText(this.root) : view;
    if (typeof view === 'string' && model.text !== view) {
      this.clear();
      return;
    }
    if (report && report === this.report) {
      const kept = new Map(marks.map((m) => [m.index, m]));
      const next = [];
      for (const drawn of this.marks) {
        const mark = kept.get(drawn.index);
        if (!mark) {
          this.#drop(drawn);
          continue;
        }
        kept.delete(drawn.index);
        // Still where the mark is (two binary searches): then the highlight is left alone, and
        // the browser repaints nothing for it, however long it is (an overflow past the limit).
        const { range } = drawn;
        const a = domPosition(model, mark.start);
        const b = domPosition(model, paintedEnd(mark));
        const fits =
          a && b && range.startContainer === a.node && range.startOffset === a.offset && range.endContainer === b.node && range.endOffset === b.offset;
        if (fits) next.push({ ...mark, range });
        else {
          this.#drop(drawn);
          const fresh = this.#add(mark, model);
          if (fresh) next.push(fresh);
        }
      }
      for (const mark of kept.values()) {
        const fresh = this.#add(mark, model);
        if (fresh) next.push(fresh);
      }
      this.marks = next;
      return;
    }
    this.clear();
    this.report = report ?? null;
    for (const mark of marks) {
      const drawn = this.#add(mark, model);
      if (drawn) this.marks.push(drawn);
    }
  }

  #add(mark, model) {
    const range = domRange(model, mark.start, paintedEnd(mark));
    if (!range) return null;
    this.shared?.[mark.severity]?.add(range);
    if (mark.overflow) this.shared?.overflow.add(range);
    return { ...mark, range };
  }

  #drop(drawn) {
    this.shared?.[drawn.severity]?.delete(drawn.range);
    if (drawn.overflow) this.shared?.overflow.delete(drawn.range);
  }

  clear() {
    for (const drawn of this.marks) this.#drop(drawn);
    this.marks = [];
    this.report = null;
  }

  markAt(x, y) {
    const hits = this.marks.filter((m) =>
      [...m.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4),
    );
    return hits.length ? narrowest(hits) : null;
  }

  rectOf(index) {
    const mark = this.marks.find((m) => m.index === index);
    return mark?.range.getClientRects()[0] ?? this.root.getBoundingClientRect();
  }

  #selection() {
    // In a shadow root, Chrome's document selection is retargeted to the host: ask the root.
    const sel = this.root.getRootNode().getSelection?.() ?? this.root.ownerDocument.getSelection();
    return sel?.anchorNode && this.root.contains(sel.anchorNode) ? sel : null;
  }

  /** The caret's offset in the text (an empty paragraph included), or -1 with no caret here. */
  caret() {
    const sel = this.#selection();
    if (!sel?.isCollapsed) return -1;
    return textOffset(readText(this.root), sel.anchorNode, sel.anchorOffset);
  }

  /** Where the writer is, even with a selection: the large-text window goes around it. */
  focusOffset(model = readText(this.root)) {
    const sel = this.#selection();
    if (!sel?.focusNode || !this.root.contains(sel.focusNode)) return -1;
    return textOffset(model, sel.focusNode, sel.focusOffset);
  }

  setActive() {}

  destroy() {
    this.clear();
  }
}
