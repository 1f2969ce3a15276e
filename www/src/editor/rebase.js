// Keeps underlines in place while the writer types, until the next report arrives: ranges before
// the edit stay, ranges after it shift, ranges the edit touched are dropped. One prefix/suffix
// comparison per keystroke, no diff algorithm needed.


// Equal stretches are found by comparing slices natively, in chunks that double while they
// match and halve where they do not: a keystroke in a 1 MB text costs a few dozen comparisons
// of the engine's own (memcmp-fast) kind, not a million steps of JavaScript.
const FINE = 32;

/** How many units `a` and `b` share from the start, up to `max`. */
function commonPrefix(a, b, max) {
  let at = 0;
  let step = 256;
  while (at < max) {
    const n = Math.min(step, max - at);
    if (n <= FINE) {
      while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
      return at;
    }
    if (a.slice(at, at + n) === b.slice(at, at + n)) {
      at += n;
      step = n * 2;
    } else step = n >> 1;
  }
  return at;
}

/** How many units `a` and `b` share at the end, up to `max`. */
function commonSuffix(a, b, max) {
  let tail = 0;
  let step = 256;
  while (tail < max) {
    const n = Math.min(step, max - tail);
    if (n <= FINE) {
      while (tail < max && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
      return tail;
    }
    if (a.slice(a.length - tail - n, a.length - tail) === b.slice(b.length - tail - n, b.length - tail)) {
      tail += n;
      step = n * 2;
    } else step = n >> 1;
  }
  return tail;
}

/** Where `before` and `after` differ: [start, endBefore, endAfter) in UTF-16 units. */
export function changedRegion(before, after) {
  if (before === after) return { start: before.length, endBefore: before.length, endAfter: after.length };
  const min = Math.min(before.length, after.length);
  const start = commonPrefix(before, after, min);
  const tail = commonSuffix(before, after, min - start);
  return { start, endBefore: before.length - tail, endAfter: after.length - tail };
}

/**
 * The marks of `before` that still make sense in `after`, moved to their new offsets. An
 * overflow mark (the part past the platform's limit) holding the whole edit stays, stretched
 * or shrunk by it: text typed past the limit is still past it.
 */
export function rebase(marks, before, after) {
  if (before === after) return marks;
  const { start, endBefore, endAfter } = changedRegion(before, after);
  const delta = endAfter - endBefore;
  const out = [];
  for (const mark of marks) {
    if (mark.end <= start && mark.end < endBefore) out.push(mark);
    else if (mark.start >= endBefore && mark.start > start) {
      out.push({ ...mark, start: mark.start + delta, end: mark.end + delta });
    } else if (mark.overflow && mark.start < start && mark.end >= endBefore) {
      out.push({ ...mark, end: mark.end + delta });
    }
  }
  return out;
}
