// ProseMirror document <-> the plain text Brio checks. Text nodes keep their characters at
// their document positions; each textblock after the first starts with "\n" (a gap: block
// boundaries have no position of their own); a hard break is a mapped "\n"; inline leaves
// (images, mentions) and leaf blocks (horizontal rules) are one U+FFFC, as they are one
// position wide, so offsets inside a block stay aligned with positions.

import { OBJECT, TextMap } from '../core/text-map.js';

/** @param {import('prosemirror-model').Node} doc */
export function docToText(doc) {
  const map = new TextMap();
  let first = true;
  doc.descendants((node, pos) => {
    if (node.isTextblock || (node.isBlock && node.isLeaf)) {
      if (!first) map.gap('\n');
      first = false;
      if (node.isLeaf) map.add(OBJECT, null, pos);
      return !node.isLeaf;
    }
    if (node.isText) {
      map.add(node.text, null, pos);
      return false;
    }
    if (node.isInline && node.isLeaf) {
      map.add(/break/i.test(node.type.name) ? '\n' : OBJECT, null, pos);
      return false;
    }
    return true;
  });
  return map;
}

/** The document range [from, to) of text range [start, end). */
export function toDocRange(map, start, end) {
  const a = map.toEditor(start, 'start');
  const b = map.toEditor(end, 'end');
  if (!a || !b) return null;
  return { from: a.offset, to: Math.max(a.offset, b.offset) };
}
