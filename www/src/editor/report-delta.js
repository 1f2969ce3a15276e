// Applies a `ReportDelta` (what `Session.edit` answers, see brio.d.ts) to the report it follows:
// the worker and the page each keep the last report and patch it, so that a keystroke in a long
// document moves only what changed across the wasm boundary and between threads. The result is
// the report `Checker.check` gives on the edited text (src/session/delta.rs does the same in
// Rust; tests/js/session-edit.test.js compares the two over random edits). The report is patched
// in place: its lists spliced where the runs drop and add, the offsets of the items after the
// edit moved, nothing else copied.

/** @typedef {import('./types.js').Report} Report */

/**
 * Where offset `at` of the text before the edit is after it (an offset in the removed range is
 * never asked of an item kept).
 * @param {{ start: number, removed: number, inserted: number }} edit
 * @param {number} at
 */
function mapped(edit, at) {
  return at <= edit.start ? at : at - edit.removed + edit.inserted;
}

/**
 * Moves an item's offsets (and its suggestions') through the edit, in place.
 * @param {{ start: number, end: number, suggestions?: { start: number, end: number }[] }} item
 * @param {{ start: number, removed: number, inserted: number }} edit
 */
function move(item, edit) {
  // An item that ends before the edit, with its suggestions, stays: only read, not written.
  if (item.end <= edit.start && endsBefore(item.suggestions, edit.start)) return;
  item.start = mapped(edit, item.start);
  item.end = mapped(edit, item.end);
  if (item.suggestions) for (const s of item.suggestions) move(s, edit);
}

/**
 * Whether every suggestion of a list (if any) ends at or before `at`.
 * @param {{ end: number }[] | undefined} suggestions
 * @param {number} at
 */
function endsBefore(suggestions, at) {
  if (suggestions) for (const s of suggestions) if (s.end > at) return false;
  return true;
}

/**
 * Patches `list` in place: the kept items' offsets moved, the runs' drops and adds spliced.
 * @template {{ start: number, end: number, suggestions?: { start: number, end: number }[] }} T
 * @param {T[]} list
 * @param {{ runs: { keep: number, drop: number, add: number }[], insert: T[] }} change
 * @param {{ start: number, removed: number, inserted: number }} edit
 */
function patch(list, change, edit) {
  // Kept items first, while the old indices hold (an item before the edit does not move).
  const moves = edit.removed !== edit.inserted;
  let i = 0;
  let at = 0;
  const keep = (n) => {
    const end = i + n;
    if (moves) for (; i < end; i++) move(list[i], edit);
    i = end;
  };
  /** @type {[number, number, number][]} */
  const splices = [];
  for (const run of change.runs) {
    keep(run.keep);
    splices.push([i, run.drop, at]);
    i += run.drop;
    at += run.add;
  }
  keep(list.length - i);
  // Then the splices, from the last, so that the indices of those before stay right.
  let end = at;
  for (let k = splices.length - 1; k >= 0; k--) {
    const [index, drop, from] = splices[k];
    const to = k + 1 < splices.length ? splices[k + 1][2] : end;
    if (drop > 0 || to > from) list.splice(index, drop, ...change.insert.slice(from, to));
    end = from;
  }
}

/**
 * The report after the edit, from the one before and the delta: `report` itself, patched in
 * place (its lists spliced, the offsets of its items after the edit moved).
 * @param {Report} report
 * @param {import('../../../pkg/brio.js').ReportDelta} delta
 * @returns {Report}
 */
export function applyDelta(report, delta) {
  const { edit } = delta;
  const [entities, change] = [report.entities, delta.entities];
  report.locale = delta.locale;
  report.platform = delta.platform;
  report.length = delta.length;
  patch(entities.hashtags, change.hashtags, edit);
  patch(entities.mentions, change.mentions, edit);
  patch(entities.urls, change.urls, edit);
  patch(entities.cashtags, change.cashtags, edit);
  patch(report.diagnostics, delta.diagnostics, edit);
  return report;
}

/**
 * The edit that makes `after` of `before`, in UTF-16 units: their common head and tail left
 * out. For an editor that has its text before and after, not the edit.
 * @param {string} before
 * @param {string} after
 * @returns {{ start: number, end: number, text: string }} `before.slice(start, end)` replaced by `text`
 */
export function editBetween(before, after) {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Never split a surrogate pair: the core takes whole chars.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLow(before.charCodeAt(before.length - tail))) tail--;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

const isHigh = (unit) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit) => unit >= 0xdc00 && unit <= 0xdfff;
