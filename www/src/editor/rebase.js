// Keeps underlines in place while the writer types, until the next report arrives: ranges before
// the edit stay, ranges after it shift, ranges the edit touched are dropped. One prefix/suffix
// comparison per keystroke, no diff algorithm needed.

/** Where `before` and `after` differ: [start, endBefore, endAfter) in UTF-16 units. */
export function changedRegion(before, after) {
  let start = 0;
  const min = Math.min(before.length, after.length);
  while (start < min && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < min - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, endBefore: before.length - tail, endAfter: after.length - tail };
}

/** The marks of `before` that still make sense in `after`, moved to their new offsets. */
export function rebase(marks, before, after) {
  if (before === after) return marks;
  const { start, endBefore, endAfter } = changedRegion(before, after);
  const delta = endAfter - endBefore;
  const out = [];
  for (const mark of marks) {
    if (mark.end <= start && mark.end < endBefore) out.push(mark);
    else if (mark.start >= endBefore && mark.start > start) {
      out.push({ ...mark, start: mark.start + delta, end: mark.end + delta });
    }
  }
  return out;
}
