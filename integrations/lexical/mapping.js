// Lexical editor state <-> the plain text Brio checks. Call inside editor.read/update (the
// $ functions need an active state). Text nodes keep their characters, addressed by node key
// and offset (what selection points use); each text block after the first starts with "\n";
// line breaks read "\n" and decorators (images, embeds) U+FFFC, both as gaps: a range is
// never asked to start or end inside them.

import { $getRoot, $isDecoratorNode, $isElementNode, $isLineBreakNode, $isTextNode } from 'lexical';
import { OBJECT, TextMap } from '../core/text-map.js';

/** An element whose children are inline content (a paragraph, a heading, a list item's text). */
function isTextBlock(node) {
  return $isElementNode(node) && !node.isInline() && !node.getChildren().some((c) => $isElementNode(c) && !c.isInline());
}

export function $readText() {
  const map = new TextMap();
  let first = true;
  const inline = (node) => {
    for (const child of node.getChildren()) {
      if ($isTextNode(child)) map.add(child.getTextContent(), child.getKey(), 0);
      else if ($isLineBreakNode(child)) map.gap('\n');
      else if ($isDecoratorNode(child)) map.gap(OBJECT);
      else if ($isElementNode(child)) inline(child); // links and other inline elements
    }
  };
  const blocks = (node) => {
    for (const child of node.getChildren()) {
      if (isTextBlock(child)) {
        if (!first) map.gap('\n');
        first = false;
        inline(child);
      } else if ($isElementNode(child)) {
        blocks(child);
      } else if ($isDecoratorNode(child)) {
        if (!first) map.gap('\n');
        first = false;
        map.gap(OBJECT);
      }
    }
  };
  blocks($getRoot());
  return map;
}

/** Selection points ({ key, offset } of text nodes) for text range [start, end). */
export function toPoints(map, start, end) {
  const a = map.toEditor(start, 'start');
  const b = map.toEditor(end, 'end');
  if (!a || !b) return null;
  return { anchor: { key: a.base, offset: a.offset }, focus: { key: b.base, offset: b.offset } };
}
