// Lexical editor state <-> the plain text Brio checks. Call inside editor.read/update (the
// $ functions need an active state). Text nodes keep their characters, addressed by node key
// and offset (what selection points use); each text block after the first starts with "\n";
// line breaks read "\n" and decorators (images, embeds) U+FFFC, both as gaps: a range is
// never asked to start or end inside them. Each text block is anchored at its start, under
// its own key: where Lexical puts the caret of an empty paragraph ({ key, offset: 0, element }).

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
        map.anchor(child.getKey(), 0);
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

/**
 * The offset in `map.text` of a selection point (call inside a read). A text point is a place
 * of the map as it is; an element point sits between children: it goes to the end of the text
 * before it, or to the block's anchor when nothing precedes it (an empty paragraph).
 */
export function $offsetOf(map, point) {
  if (point.type === 'text') return map.fromEditor(point.key, point.offset);
  const element = point.getNode();
  for (let i = point.offset - 1; i >= 0; i--) {
    let child = element.getChildAtIndex(i);
    if ($isElementNode(child)) child = child.getLastDescendant();
    if ($isTextNode(child)) return map.fromEditor(child.getKey(), child.getTextContentSize());
  }
  return map.fromEditor(element.getKey(), 0);
}

/** Selection points ({ key, offset } of text nodes) for text range [start, end). */
export function toPoints(map, start, end) {
  const a = map.toEditor(start, 'start');
  const b = map.toEditor(end, 'end');
  if (!a || !b) return null;
  return { anchor: { key: a.base, offset: a.offset }, focus: { key: b.base, offset: b.offset } };
}
