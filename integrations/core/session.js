// The editor-independent half of every CMS plugin: checks in the worker after a pause in
// typing, keeps the newest report with the text it is about, repaints hints moved along with
// typing, applies fixes (refused on stale text) and answers the pre-publish gate. A plugin
// gives it three editor-specific functions: read, paint and replace; and, so that a large
// document is checked around the caret first instead of whole (the report's `scope`), a
// fourth: caret.

import { debounce } from '../../www/src/editor/debounce.js';
import { marksOf } from '../../www/src/editor/marks.js';
import { rebase } from '../../www/src/editor/rebase.js';

export const STALE = 'The text changed since this hint was computed; it will be checked again.';

/**
 * @param {{
 *   client: import('../../www/src/editor/types.js').Checks,
 *   read: () => import('./text-map.js').TextMap,       // the editor's text now, with its map
 *   paint: (marks: import('../../www/src/editor/types.js').Mark[], map: import('./text-map.js').TextMap) => void, // [] clears
 *   replace: (map, start: number, end: number, replacement: string) => void, // one editor transaction
 *   caret?: (map: import('./text-map.js').TextMap) => number, // the caret's offset in map.text, or -1
 *   checkOptions?: () => import('../../www/src/editor/types.js').CheckOptions,
 *   delay?: number,
 *   follows?: boolean,   // the editor moves painted hints along with edits itself (decorations, markers)
 *   onUpdate?: (state: import('../../www/src/editor/types.js').SessionState) => void,
 * }} options
 * @returns {import('../../www/src/editor/types.js').Session}
 */
export function createSession({
  client,
  read,
  paint,
  replace,
  caret = () => -1,
  checkOptions = () => ({}),
  delay = 250,
  follows = false,
  onUpdate,
}) {
  let last = null; // { text, report, verdict, ms }
  let destroyed = false;
  const listeners = new Set(onUpdate ? [onUpdate] : []);

  function redraw(map = read()) {
    if (destroyed) return;
    if (!last) return paint([], map);
    paint(rebase(marksOf(last.report.diagnostics), last.text, map.text), map);
  }

  /** `whole`: the entire document even when it is large (the pre-publish gate). */
  async function check({ whole = false } = {}) {
    const map = read();
    // The caret lets the checker take a large document around it (the report's `scope`).
    const at = whole ? -1 : caret(map);
    const options = at >= 0 ? { caret: at, ...checkOptions() } : checkOptions();
    const result = await client.check(map.text, options);
    if (destroyed) return null;
    if (!result) return last; // a newer check is under way
    last = { ...result, verdict: result.verdict ?? verdictOf(result.report) };
    redraw();
    for (const fn of listeners) fn(state());
    return last;
  }
  const schedule = debounce(check, delay);

  // Only part of a large document was checked: the caret moving well out of that part checks
  // again around it. After a pause, so that holding an arrow key reads the document once.
  const follow = debounce(() => {
    const scope = last?.report.scope;
    if (destroyed || !scope) return;
    const map = read();
    if (map.text !== last.text) return; // changed() has a check coming already
    const at = caret(map);
    if (at >= 0 && (at < scope.start || at > scope.end)) check();
  }, delay);

  function state() {
    return last && { text: last.text, report: last.report, verdict: last.verdict, fresh: last.text === read().text };
  }

  return {
    /** The plugin calls this on every document change: hints follow, a check is scheduled. */
    changed() {
      if (!follows) redraw();
      schedule();
    },
    /**
     * The plugin calls this when the editor's selection moves. Nothing to do unless the newest
     * report covers only part of the document (its `scope`).
     */
    selectionChanged() {
      if (last?.report.scope) follow();
    },
    /** Checks now; resolves to the newest { text, report, verdict }. */
    check: () => check(),
    get last() {
      return last;
    },
    /** Whether the newest report is about the text as it is now. */
    fresh() {
      return Boolean(last) && last.text === read().text;
    },
    /** The diagnostics of the newest report, if it is about the text as it is now. */
    hints() {
      return last && last.text === read().text ? last.report.diagnostics : [];
    },
    /**
     * Applies `suggestion` (from the newest report) through the editor. One editor transaction,
     * so one undo step; refused when the text changed since the check.
     * @returns {{ ok: boolean, reason?: string }}
     */
    fix(suggestion) {
      const map = read();
      if (!last || map.text !== last.text) return { ok: false, reason: STALE };
      const want = map.text.slice(0, suggestion.start) + suggestion.replacement + map.text.slice(suggestion.end);
      replace(map, suggestion.start, suggestion.end, suggestion.replacement);
      schedule();
      return read().text === want ? { ok: true } : { ok: false, reason: 'The editor changed the fix.' };
    },
    /**
     * The pre-publish gate for the text as it is now: { verdict: 'publish' | 'review' | 'block',
     * reasons }. Checks first when the newest report is about older text, or about only part
     * of it: an error outside the part around the caret must still block.
     */
    async verdict() {
      if (last && last.text === read().text && !last.report.scope) return last.verdict;
      schedule.cancel();
      const result = await check({ whole: true });
      return result?.verdict ?? { verdict: 'publish', reasons: [] };
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      destroyed = true;
      schedule.cancel();
      follow.cancel();
      listeners.clear();
    },
  };
}

/**
 * The gate in JS, only for a worker built from a package without Checker.verdict: the same
 * rule as the core's `verdict()` (errors block, warnings ask for review, errors first).
 */
export function verdictOf(report) {
  const pick = (severity) =>
    report.diagnostics.filter((d) => d.severity === severity).map(({ rule, message }) => ({ rule, severity, message }));
  const reasons = [...pick('error'), ...pick('warning')];
  const verdict = reasons.length === 0 ? 'publish' : reasons[0].severity === 'error' ? 'block' : 'review';
  return { verdict, reasons };
}

/**
 * What every plugin hands its integrator, over a session: `fix` (a suggestion from the newest
 * report -> { ok, reason? }), `verdict` (the pre-publish gate), `hints`, `check`, plus `extra`.
 * @template {object} [E={}]
 * @param {import('../../www/src/editor/types.js').Session} session
 * @param {E} [extra]
 * @returns {import('../../www/src/editor/types.js').BrioApi & E}
 */
export function sessionApi(session, extra = /** @type {E} */ ({})) {
  return {
    fix: (suggestion) => session.fix(suggestion),
    verdict: () => session.verdict(),
    hints: () => session.hints(),
    check: () => session.check(),
    session,
    ...extra,
  };
}
