// Quill document (its Delta) <-> the plain text Brio checks. Quill's own index already counts
// one unit per character, one "\n" per line end and one per embed, so the map is the identity
// except that embeds read as U+FFFC and the document's final "\n" (always there) is dropped.

import { OBJECT, TextMap } from '../core/text-map.js';

/** @param {{ insert?: string | object }[]} ops the ops of `quill.getContents()` */
export function deltaToText(ops) {
  const map = new TextMap();
  let index = 0;
  for (const op of ops) {
    if (typeof op.insert === 'string') {
      map.add(op.insert, null, index);
      index += op.insert.length;
    } else if (op.insert != null) {
      map.add(OBJECT, null, index);
      index += 1;
    }
  }
  if (map.text.endsWith('\n')) {
    map.text = map.text.slice(0, -1);
    const last = map.segments[map.segments.length - 1];
    last.end -= 1;
    if (last.end === last.start) map.segments.pop();
  }
  return map;
}

/** Quill's [index, length) for text range [start, end). */
export function toQuillRange(map, start, end) {
  const a = map.toEditor(start, 'start');
  const b = map.toEditor(end, 'end');
  if (!a || !b) return null;
  return { index: a.offset, length: Math.max(0, b.offset - a.offset) };
}
