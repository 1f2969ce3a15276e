// CKEditor 5 model <-> the plain text Brio checks. Text is addressed as (parent element,
// offset in it), what writer.createPositionAt takes. Each text block after the first starts
// with "\n"; a soft break (<br>) is a mapped "\n" and an inline object (inline image) a mapped
// U+FFFC, both one offset wide in the model; block objects (images, media) read U+FFFC on a
// line of their own, as gaps; containers (block quotes, tables) are walked through. Each text
// block's start is anchored, so that a caret in an empty paragraph still has an offset.
// Works on anything shaped like the model (is(), getChildren(), data, startOffset, name), so
// it is unit-tested without a browser.

import { OBJECT, TextMap } from '../core/text-map.js';

/**
 * @param {object} root the model root (editor.model.document.getRoot())
 * @param {{ isBlock(el): boolean, isObject(el): boolean }} schema editor.model.schema
 */
export function modelToText(root, schema) {
  const map = new TextMap();
  let first = true;
  const startLine = () => {
    if (!first) map.gap('\n');
    first = false;
  };
  const inline = (block) => {
    map.anchor(block, 0);
    for (const child of block.getChildren()) {
      if (child.is('$text')) map.add(child.data, block, child.startOffset);
      else if (child.name === 'softBreak') map.add('\n', block, child.startOffset);
      else map.add(OBJECT, block, child.startOffset);
    }
  };
  const walk = (element) => {
    for (const child of element.getChildren()) {
      if (child.is('$text')) continue; // text straight in a container: not a place for prose
      if (schema.isObject(child) && schema.isBlock(child)) {
        startLine();
        map.gap(OBJECT);
      } else if (schema.isBlock(child) && ![...child.getChildren()].some((c) => !c.is('$text') && schema.isBlock(c))) {
        startLine();
        inline(child);
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return map;
}

/**
 * [parent, offset] pairs for text range [start, end): feed them to writer.createPositionAt.
 * @returns {{ start: [any, number], end: [any, number] } | null}
 */
export function toModelPlaces(map, start, end) {
  const a = map.toEditor(start, 'start');
  const b = map.toEditor(end, 'end');
  if (!a || !b) return null;
  return { start: [a.base, a.offset], end: [b.base, b.offset] };
}
