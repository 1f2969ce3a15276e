// Applies a `ReportDelta` (what `Session.edit` answers, see brio.d.ts) to the report it follows:
// the worker and the page each keep the last report and patch it, so that a keystroke in a long
// document moves only what changed across the wasm boundary and between threads. The result is
// the report `Checker.check` gives on the edited text (src/session/delta.rs does the same in
// Rust; tests/js/session-edit.test.js compares the two over random edits).

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
 * An item (diagnostic, suggestion, entity), its offsets mapped through the edit: itself when
 * they do not move.
 * @template {{ start: number, end: number, suggestions?: { start: number, end: number }[] }} T
 * @param {T} item
 * @param {{ start: number, removed: number, inserted: number }} edit
 * @returns {T}
 */
function moved(item, edit) {
  if (item.end <= edit.start) return item;
  const copy = { ...item, start: mapped(edit, item.start), end: mapped(edit, item.end) };
  if (item.suggestions) copy.suggestions = item.suggestions.map((s) => moved(s, edit));
  return copy;
}

/**
 * @template {{ start: number, end: number, suggestions?: { start: number, end: number }[] }} T
 * @param {T[]} old
 * @param {{ runs: { keep: number, drop: number, add: number }[], insert: T[] }} change
 * @param {{ start: number, removed: number, inserted: number }} edit
 * @returns {T[]}
 */
function patched(old, change, edit) {
  const out = [];
  let i = 0;
  let j = 0;
  for (const run of change.runs) {
    for (const end = i + run.keep; i < end; i++) out.push(moved(old[i], edit));
    i += run.drop;
    for (const end = j + run.add; j < end; j++) out.push(change.insert[j]);
  }
  for (; i < old.length; i++) out.push(moved(old[i], edit));
  return out;
}

/**
 * The report after the edit, from the one before and the delta. The old report is left as it
 * was (its unchanged items are shared).
 * @param {Report} report
 * @param {import('../../../pkg/brio.js').ReportDelta} delta
 * @returns {Report}
 */
export function applyDelta(report, delta) {
  const { edit } = delta;
  const [old, change] = [report.entities, delta.entities];
  return {
    locale: delta.locale,
    platform: delta.platform,
    length: delta.length,
    entities: {
      hashtags: patched(old.hashtags, change.hashtags, edit),
      mentions: patched(old.mentions, change.mentions, edit),
      urls: patched(old.urls, change.urls, edit),
      cashtags: patched(old.cashtags, change.cashtags, edit),
    },
    diagnostics: patched(report.diagnostics, delta.diagnostics, edit),
  };
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
