// The cache key of a text: its length and a 53-bit hash (cyrb53's mixing), not the text itself,
// so that 64 cached reports cost 64 short strings, whatever the drafts weigh. Texts over the
// interactive limit are not cached at all: their report covers only the part around the caret.

/** The engine's INTERACTIVE_LIMIT (src/window.rs): UTF-8 bytes always checked whole. */
export const INTERACTIVE_LIMIT = 64 * 1024;

/** UTF-8 bytes of `text`, counted without encoding it. */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte sequence
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a report of `text` may be cached. */
export function cacheable(text) {
  return text.length <= INTERACTIVE_LIMIT && utf8Length(text) <= INTERACTIVE_LIMIT;
}

/** A 53-bit hash of `text`, as a base-36 string. */
export function hash53(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
