// Underlines for a contenteditable: the CSS Custom Highlight API paints ranges without adding a
// single node to the editor, which rich editors (ProseMirror, Lexical, Quill) would fight.
// One highlight per severity, shared by every editor on the page; each editor owns its ranges.

import { HIGHLIGHT_CSS, SEVERITIES, adopt } from './styles.js';
import { domRange, readText, textOffset } from './text-model.js';
import { narrowest } from './marks.js';

const NAMES = [...SEVERITIES, 'overflow'];
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
    this.owned = []; // [name, Range]
    this.marks = [];
    this.shared = highlights(root.ownerDocument);
    // ::highlight() rules apply within their own tree: an editor in a shadow root needs them there.
    const tree = root.getRootNode();
    if (this.shared && tree instanceof ShadowRoot) adopt(tree, HIGHLIGHT_CSS);
  }

  text() {
    return readText(this.root).text;
  }

  draw(marks, text) {
    this.clear();
    const model = readText(this.root);
    if (model.text !== text) return;
    this.marks = [];
    for (const mark of marks) {
      const range = domRange(model, mark.start, mark.end);
      if (!range) continue;
      this.marks.push({ ...mark, range });
      this.#own(mark.severity, range);
      if (mark.overflow) this.#own('overflow', range);
    }
  }

  #own(name, range) {
    this.shared?.[name].add(range);
    this.owned.push([name, range]);
  }

  clear() {
    for (const [name, range] of this.owned) this.shared?.[name].delete(range);
    this.owned = [];
    this.marks = [];
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

  caret() {
    // In a shadow root, Chrome's document selection is retargeted to the host: ask the root.
    const sel = this.root.getRootNode().getSelection?.() ?? this.root.ownerDocument.getSelection();
    if (!sel?.isCollapsed || !sel.anchorNode || !this.root.contains(sel.anchorNode)) return -1;
    return textOffset(readText(this.root), sel.anchorNode, sel.anchorOffset);
  }

  setActive() {}

  destroy() {
    this.clear();
  }
}
