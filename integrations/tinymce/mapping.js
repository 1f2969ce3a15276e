// TinyMCE's editable body <-> the plain text Brio checks. TinyMCE's document is its DOM, so
// the shared editor layer's reading applies (text nodes, <br> and block boundaries as "\n"),
// minus TinyMCE's own scaffolding: bogus elements (placeholders, caret helpers) and the
// zero-width caret characters it parks around inline elements are not text the writer wrote.

import { TextMap } from '../core/text-map.js';

const ZWNBSP = '\uFEFF';

/**
 * @param {Element} body editor.getBody()
 * @returns {TextMap} segments' base: the DOM text node
 */
export function bodyToText(body) {
  const map = new TextMap();
  const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DIV|DL|DD|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Split around caret characters, so offsets still point into this node.
        let from = 0;
        for (const part of child.data.split(ZWNBSP)) {
          map.add(part, child, from);
          from += part.length + 1;
        }
      } else if (child.nodeType === 1) {
        if (child.hasAttribute('data-mce-bogus')) {
          if (child.getAttribute('data-mce-bogus') === 'all' || child.tagName === 'BR') continue;
          walk(child); // bogus wrappers keep real text inside
          continue;
        }
        if (child.tagName === 'BR') {
          map.gap('\n');
          continue;
        }
        if (child.tagName === 'IMG' || child.tagName === 'IFRAME' || child.tagName === 'VIDEO') {
          map.gap('\uFFFC');
          continue;
        }
        const block = BLOCK.test(child.tagName);
        if (block) map.newline();
        walk(child);
        if (block) map.newline();
      }
    }
  };
  walk(body);
  // A trailing line end from the last block is layout, not text.
  if (map.text.endsWith('\n') && !map.segments.some((s) => s.end === map.text.length)) {
    map.text = map.text.replace(/\n+$/, '');
  }
  return map;
}

/**
 * The offset in `map.text` of the DOM place (node, offset) in the body (the caret). A place in
 * mapped text is as mapped; an element place (an empty paragraph, between inline elements) or
 * one among caret characters goes to the first text after it. Segments are in document order,
 * so the search is binary.
 */
export function offsetOf(map, node, offset) {
  if (node.nodeType === 3) {
    const at = map.fromEditor(node, offset);
    if (at >= 0) return at;
  }
  const caret = node.ownerDocument.createRange();
  caret.setStart(node, offset);
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // -1: the segment starts before the caret.
    if (caret.comparePoint(segs[mid].base, segs[mid].from) < 0) lo = mid + 1;
    else hi = mid;
  }
  return segs[lo]?.start ?? map.text.length;
}

/** A Range of `doc` over text range [start, end), or null. */
export function toDomRange(doc, map, start, end) {
  const a = map.toEditor(start, 'start');
  const b = map.toEditor(end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.base, a.offset);
  range.setEnd(b.base, b.offset);
  return range;
}
