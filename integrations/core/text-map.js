// The plain text Brio checks, built from an editor's document, and the way back from its UTF-16
// offsets to editor positions. Each plugin walks its own document model and calls `add` for
// text the editor holds (with the editor's own place for its first unit) and `gap` for what
// the editor has no character for (the boundary between two blocks). Pure: no DOM, so the
// mapping of every editor is unit-tested in Node.

/** Stands for an embed, an image or any inline object: one unit, so offsets stay aligned. */
export const OBJECT = '\uFFFC';

export class TextMap {
  constructor() {
    this.text = '';
    /** [{ start, end, base, from }]: text[start, end) is the editor's `base` from `from` on. */
    this.segments = [];
    /** [{ at, base, from }]: editor places with no character (an empty block), for the caret. */
    this.anchors = [];
  }

  /**
   * Appends `str`, which the editor holds at `base` (a node, a key, or null for numeric
   * editors) from offset `from`: text[start + i] is at (base, from + i).
   */
  add(str, base, from = 0) {
    if (!str) return this;
    const start = this.text.length;
    this.text += str;
    this.segments.push({ start, end: this.text.length, base, from });
    return this;
  }

  /** Appends characters with no place in the editor: "\n" between blocks. */
  gap(str = '\n') {
    this.text += str;
    return this;
  }

  /**
   * Records that editor place (base, from) is at the current end of the text, adding nothing:
   * an empty block holds no character, yet the caret can be in it.
   */
  anchor(base, from = 0) {
    this.anchors.push({ at: this.text.length, base, from });
    return this;
  }

  /** Appends "\n" unless the text is empty or already ends a line: one line per block. */
  newline() {
    if (this.text.length > 0 && !this.text.endsWith('\n')) this.gap('\n');
    return this;
  }

  /**
   * The editor place of `offset`: { base, offset }. In a gap (or at a segment boundary), the
   * start of a range goes to the following text and its end to the preceding text, so that a
   * range never reaches into a block it does not cover. Null for an empty document.
   * @param {number} offset
   * @param {'start' | 'end'} side
   */
  toEditor(offset, side = 'start') {
    const segs = this.segments;
    if (!segs.length) return null;
    // The first segment that ends at or after `offset` (binary search: segments are in order).
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    const at = (s, o) => ({ base: s.base, offset: s.from + (o - s.start) });
    let s = segs[lo];
    if (side === 'start') {
      // A segment ending exactly at `offset` is not where a range starts: take the next one.
      if (s && s.end === offset && segs[lo + 1]) s = segs[lo + 1];
      if (!s) return at(segs[segs.length - 1], segs[segs.length - 1].end);
      return at(s, Math.max(offset, s.start));
    }
    if (s && offset > s.start) return at(s, offset);
    const prev = segs[lo - 1];
    if (prev) return at(prev, Math.min(offset, prev.end));
    return at(segs[0], segs[0].start);
  }

  /** The offset in `text` of editor place (base, offset), or -1 (the caret, for cards). */
  fromEditor(base, offset) {
    for (const s of this.segments) {
      if (s.base === base && offset >= s.from && offset <= s.from + (s.end - s.start)) return s.start + offset - s.from;
    }
    for (const a of this.anchors) if (a.base === base && a.from === offset) return a.at;
    return -1;
  }

  /**
   * For editors whose places are numbers in document order (ProseMirror positions, Quill
   * indexes; base null): the offset in `text` of `position`, or of the next text when no
   * character is there (between blocks, in an empty one). -1 for an empty document.
   */
  fromPosition(position) {
    const segs = this.segments;
    if (!segs.length) return -1;
    // The last segment starting at or before `position` (binary search on `from`).
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].from <= position) lo = mid + 1;
      else hi = mid;
    }
    const s = segs[lo - 1];
    if (s && position <= s.from + (s.end - s.start)) return s.start + position - s.from;
    return segs[lo]?.start ?? this.text.length;
  }
}
