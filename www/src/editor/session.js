// The session core: the one check loop behind the demo's `attach()` and every CMS plugin's
// `createSession()`. It checks in the worker after a pause in typing, keeps the newest report
// with the text it is about, repaints hints moved along with typing, passes the caret so that a
// large document is checked around it (the report's `scope`) and checks again when the caret
// leaves that part, applies fixes (refused on stale text) and answers the pre-publish gate.
//
// An editor is plugged in through an adapter of three or four functions: `read` (its text now,
// as a view with a `text` and whatever map the adapter needs back to the editor), `paint`,
// `replace` and `caret`. The DOM surfaces (a textarea, a contenteditable) and each editor's
// model (CKEditor 5, TinyMCE, ProseMirror, Quill, Lexical, Gutenberg) are such adapters.
//
// The gate fails safe: a verdict is given only from a report on exactly the current text,
// whole (no `scope`), made under the configuration in force, with no profile error, and it is
// the core's own `Checker.verdict` (sent by the worker with the report). Otherwise the gate
// checks again, a bounded number of times, then answers `{ verdict: 'unavailable', reason }`.

import { debounce } from './debounce.js';
import { applyFix, isPromise, STALE } from './fix.js';
import { marksOf } from './marks.js';
import { rebase } from './rebase.js';

export { STALE };

/** How many checks the gate makes before it answers `unavailable`. */
export const GATE_TRIES = 3;

/**
 * Texts longer than this (UTF-16 units) may be past the core's interactive limit (64 KB of
 * UTF-8, `src/window.rs`; a unit is at most 3 bytes): without a caret they are still sent with
 * one, the last known, so that the core checks a window and not the whole text.
 */
export const MAY_BE_LARGE = Math.floor((64 * 1024) / 3);

const VERDICTS = new Set(['publish', 'review', 'block']);

/**
 * What the gate answers when it cannot vouch for the text.
 * @param {string} reason
 * @returns {{ verdict: 'unavailable', reason: string, reasons: [] }}
 */
export function unavailable(reason) {
  return { verdict: 'unavailable', reason, reasons: [] };
}

/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {import('./types.js').CheckResult} CheckResult */
/** @typedef {import('./types.js').CheckFailure} CheckFailure */
/** @typedef {import('./types.js').SessionState} SessionState */
/** @typedef {import('./types.js').Mark} Mark */
/** @typedef {import('./types.js').Report} Report */
const sentence = (text) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * @param {CheckFailure} failure
 * @returns {Problem}
 */
function problemOf(failure) {
  if (failure.crashed) {
    return {
      kind: 'crashed',
      message: sentence(failure.error),
      advice: 'It restarts with the next check: keep writing, or reload the page if this happens again.',
    };
  }
  return { kind: 'failed', message: sentence(failure.error), advice: 'Your next edit checks the text again.' };
}

/**
 * @template {{ text: string }} V
 * @param {{
 *   client: import('./types.js').Checks,
 *   read: () => V,                                       // the editor's text now, with its map
 *   paint: (marks: Mark[], view: V, info: { report: Report | null }) => void, // [] clears
 *   replace?: (view: V, start: number, end: number, replacement: string) => unknown, // one editor transaction
 *   caret?: (view: V) => number,                         // the caret's offset in view.text, or -1
 *   checkOptions?: () => import('./types.js').CheckOptions,
 *   delay?: number,
 *   follows?: boolean,   // the editor moves painted hints along with edits itself (decorations, markers)
 *   paused?: () => boolean, // no check while true (an input method composing)
 *   onUpdate?: (state: SessionState) => void,
 *   gateTries?: number,
 * }} options
 * @returns {import('./types.js').Session}
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
  paused = () => false,
  onUpdate,
  gateTries = GATE_TRIES,
}) {
  /** @type {null | CheckResult} */
  let last = null;
  /** @type {Problem | null} */
  let problem = null;
  let lastCaret = -1;
  let destroyed = false;
  const listeners = new Set(onUpdate ? [onUpdate] : []);
  // A worker that crashed is shown at once, before any check fails on it.
  const unwatch = client.watch?.((status) => {
    if (destroyed) return;
    // A provisional report (made before the word lists were in) is made again once they are.
    if (status.refresh) {
      if (last?.provisional) schedule();
      return;
    }
    if (status.state !== 'crashed') return;
    problem = problemOf({ error: `The checker stopped: ${status.message}`, crashed: true });
    notify();
  });

  function redraw(view = read()) {
    if (destroyed) return;
    if (!last) return paint([], view, { report: null });
    paint(rebase(marksOf(last.report.diagnostics), last.text, view.text), view, { report: last.report });
  }

  /** The caret to send: the editor's, else the last known one for a text that may be large. */
  function caretFor(view) {
    const at = caret(view);
    if (at >= 0) {
      lastCaret = at;
      return at;
    }
    if (view.text.length <= MAY_BE_LARGE) return -1;
    return Math.min(Math.max(lastCaret, 0), view.text.length);
  }

  function notify() {
    const s = state();
    for (const fn of listeners) fn(s);
  }

  /**
   * One check. `whole`: the entire document even when it is large (the gate).
   * @returns {Promise<{ result?: CheckResult, superseded?: true, failed?: string }>}
   */
  async function run({ whole = false } = {}) {
    const view = read();
    const at = whole ? -1 : caretFor(view);
    const options = at >= 0 ? { caret: at, ...checkOptions() } : checkOptions();
    // A client that can (CheckClient) sends only the change since the text it last sent, and
    // patches its last report with what changed in it.
    const reply = await (client.edit ? client.edit(view.text, options) : client.check(view.text, options));
    if (destroyed) return { failed: 'The editor was closed.' };
    if (!reply) return { superseded: true };
    if (!('report' in reply)) {
      problem = problemOf(reply);
      notify();
      return { failed: problem.message };
    }
    last = {
      text: reply.text ?? view.text,
      report: reply.report,
      verdict: reply.verdict,
      ms: reply.ms,
      epoch: reply.epoch,
      profileError: reply.profileError,
      provisional: reply.provisional,
    };
    problem = last.profileError
      ? {
          kind: 'profile',
          message: sentence(`The brand profile is invalid: ${last.profileError}`),
          advice: 'Hints follow the last valid profile; fix the profile in the settings to publish through the check.',
        }
      : null;
    redraw();
    notify();
    return { result: last };
  }

  const check = async () => {
    if (paused()) return last;
    const outcome = await run();
    return outcome.result ?? last;
  };
  const schedule = debounce(check, delay);

  // Only part of a large document was checked: the caret moving well out of that part checks
  // again around it. After a pause, so that holding an arrow key reads the document once.
  const follow = debounce(() => {
    const scope = last?.report.scope;
    if (destroyed || !scope || paused()) return;
    const view = read();
    if (view.text !== last.text) return; // changed() has a check coming already
    const at = caret(view);
    if (at >= 0) lastCaret = at;
    if (at >= 0 && (at < scope.start || at > scope.end)) check();
  }, delay);

  /** Why the newest report cannot answer the gate for `text`, or null when it can. */
  function whyNot(text) {
    if (!last) return 'No check has finished yet.';
    if (last.profileError) return `The brand profile is invalid: ${last.profileError}`;
    if (last.text !== text) return 'The text changed during the check.';
    if (last.report.scope) return 'Only part of the text was checked.';
    if (last.provisional) return 'The hashtag word lists were still loading.';
    if (typeof client.epoch === 'number' && last.epoch !== undefined && last.epoch !== client.epoch) {
      return 'The checker was reconfigured since the check.';
    }
    if (!VERDICTS.has(last.verdict?.verdict)) return 'The checker gave no verdict (a package without Checker.verdict).';
    return null;
  }

  /** The verdict the panel shows for the newest report: none while a problem stands. */
  function shownVerdict() {
    if (!last) return null;
    if (problem) return unavailable(problem.message);
    if (last.profileError) return unavailable(`The brand profile is invalid: ${last.profileError}`);
    if (!VERDICTS.has(last.verdict?.verdict)) return unavailable('The checker gave no verdict.');
    return last.verdict;
  }

  /** @returns {SessionState | null} */
  function state() {
    if (!last) return problem && { text: null, report: null, verdict: null, fresh: false, problem };
    return { text: last.text, report: last.report, verdict: shownVerdict(), fresh: last.text === read().text, problem };
  }

  return {
    /**
     * The adapter calls this on every document change: hints follow, a check is scheduled.
     * `view`: the adapter's read() of the new text, when it has one already.
     */
    changed(view) {
      if (destroyed) return;
      if (!follows) redraw(/** @type {V} */ (view) ?? read());
      schedule();
    },
    /** Redraws the newest report's hints over the text as it is now. */
    redraw: () => redraw(),
    /**
     * The adapter calls this when the editor's selection moves. Nothing to do unless the newest
     * report covers only part of the document (its `scope`).
     */
    selectionChanged() {
      if (last?.report.scope) follow();
    },
    /** Checks now; resolves to the newest { text, report, verdict }. */
    check,
    /** Checks after the pause, as typing does: call it when the options change. */
    refresh: () => schedule(),
    /** Cancels a scheduled check (an input method started composing). */
    cancel: () => schedule.cancel(),
    get last() {
      return last;
    },
    /** What the panel shows: the newest report and its verdict, or the problem. */
    state,
    /** The problem the writer must see (a crashed worker, an invalid profile), or null. */
    get problem() {
      return problem;
    },
    /** Whether the newest report is about the text as it is now. */
    fresh() {
      return Boolean(last) && last.text === read().text;
    },
    /** The diagnostics of the newest report, if it is about the text as it is now. */
    hints() {
      return last && last.text === read().text ? last.report.diagnostics : [];
    },
    /** Forgets the newest report and its hints (it can no longer be trusted). */
    forget() {
      last = null;
      redraw();
    },
    /**
     * Applies `suggestion` (from the newest report) through the editor: one editor
     * transaction, so one undo step; refused when the text changed since the check.
     * Synchronous when the adapter's `replace` is.
     * @param {import('./types.js').Suggestion} suggestion
     * @returns {import('./types.js').FixResult | Promise<import('./types.js').FixResult>}
     */
    fix(suggestion) {
      if (!last) return { ok: false, reason: STALE };
      if (!replace) return { ok: false, reason: 'This editor applies no fix.' };
      const done = (result) => {
        if (result.ok) schedule();
        return result;
      };
      const result = applyFix({ read, checked: last.text, suggestion, replace });
      return isPromise(result) ? Promise.resolve(result).then(done) : done(result);
    },
    /**
     * The pre-publish gate for the text as it is now: { verdict: 'publish' | 'review' | 'block',
     * reasons } from the core, or { verdict: 'unavailable', reason, reasons: [] } when no
     * report on exactly this text, whole, could be had in `gateTries` checks. Never `publish`
     * by default.
     */
    async verdict() {
      let reason = whyNot(read().text);
      if (!reason) return last.verdict;
      for (let i = 0; i < gateTries && !destroyed; i++) {
        schedule.cancel();
        const outcome = await run({ whole: true });
        if (outcome.failed) reason = outcome.failed;
        else if (outcome.superseded) reason = 'A newer check replaced the gate’s.';
        else {
          reason = whyNot(read().text);
          if (!reason) return last.verdict;
        }
        // An invalid profile stays invalid until it is configured again: no use checking on.
        if (last?.profileError) break;
      }
      return unavailable(reason);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      destroyed = true;
      unwatch?.();
      schedule.cancel();
      follow.cancel();
      listeners.clear();
    },
  };
}

/**
 * What every plugin hands its integrator, over a session: `fix` (a suggestion from the newest
 * report -> { ok, reason? }), `verdict` (the pre-publish gate), `hints`, `check`, plus `extra`.
 * @template {object} [E={}]
 * @param {import('./types.js').Session} session
 * @param {E} [extra]
 * @returns {import('./types.js').BrioApi & E}
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
