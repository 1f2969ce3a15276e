// Gutenberg blocks <-> the plain text Brio checks. A rich-text value's `text` already reads
// as Brio wants it: "\n" for a line break, U+FFFC for an inline object (an image). So each
// text block is mapped as is, addressed by (clientId, offset), with "\n" between blocks;
// blocks without rich text (images, embeds) read U+FFFC on a line of their own, anchored at
// offset 0 like empty text blocks: a selected image still tells where the caret is.

import { OBJECT, TextMap } from '../core/text-map.js';

/** The plain text of a block's `content` attribute: RichTextData, or HTML in older versions. */
export function blockText(content, toText) {
  if (content == null) return null;
  if (typeof content === 'object' && typeof content.text === 'string') return content.text;
  return toText(String(content));
}

/**
 * @param {{ clientId: string, attributes: { content?: unknown } }[]} blocks getBlocks()
 * @param {(html: string) => string} toText how HTML content becomes rich text's text
 */
export function blocksToText(blocks, toText) {
  const map = new TextMap();
  blocks.forEach((block, i) => {
    if (i > 0) map.gap('\n');
    const text = blockText(block.attributes?.content, toText);
    map.anchor(block.clientId, 0);
    if (text === null) map.gap(OBJECT);
    else map.add(text, block.clientId, 0);
  });
  return map;
}

/** The block and its [start, end) for text range [start, end); null when it spans blocks. */
export function toBlockRange(map, start, end) {
  const a = map.toEditor(start, 'start');
  const b = map.toEditor(end, 'end');
  if (!a || !b) return null;
  if (a.base !== b.base) return null;
  return { clientId: a.base, start: a.offset, end: b.offset };
}

/** Marks per block: { [clientId]: [{ start, end, severity, overflow, index }] }, block offsets. */
export function marksByBlock(map, marks) {
  const out = {};
  for (const mark of marks) {
    const r = toBlockRange(map, mark.start, mark.end);
    if (!r || r.end <= r.start) continue;
    (out[r.clientId] ??= []).push({ ...mark, start: r.start, end: r.end });
  }
  return out;
}
