// The pre-publish gate of the WordPress plugin. It lets a post through only on a verdict that
// is about exactly the text in the editor, checked whole (no `scope`): anything else (no report,
// a report on older text or on the part around the caret, an invalid brand profile, a worker
// that failed) is `unavailable`, which blocks like an error does, with the reason and what to
// do. The session's own `verdict()` is asked (it checks the whole text when needed, a bounded
// number of times, and fails safe itself); its answer is taken only when the session's newest
// report backs it, so that even a session that answered `publish` when it could not check
// cannot open the gate.

export const LOCK = 'brio';

/** What the writer can do when the post could not be checked. */
export const ADVICE = 'Wait a moment and open the pre-publish checks again; if this persists, reload the editor.';

export const UNCHECKED = `Brio could not check the post as it is now. ${ADVICE}`;

/** Whether a verdict lets the post be published: warnings ask for a review, not a block. */
export function allowsPublishing(verdict) {
  return verdict?.verdict === 'publish' || verdict?.verdict === 'review';
}

/**
 * The gate's verdict for the text in the editor now.
 * @param {{ verdict(): Promise<object>, session: { fresh(): boolean, last: null | { report: { scope?: object }, verdict?: object } } }} brio
 * @param {{ attempts?: number, problem?: () => string | null, explain?: () => string | null }} [options]
 *   `attempts`: how many times the session's gate is asked (each asks the checker up to
 *   GATE_TRIES times); `problem`: why checking cannot work at all (an invalid brand profile); asked before each
 *   attempt, so that such a state is named at once instead of retried. `explain`: what went
 *   wrong when every attempt failed (a checker that stopped), if known.
 * @returns {Promise<{ verdict: 'publish' | 'review' | 'block' | 'unavailable', reasons: object[], reason?: string }>}
 */
export async function gateVerdict(brio, { attempts = 1, problem = () => null, explain = () => null } = {}) {
  let reason = UNCHECKED;
  for (let i = 0; i < attempts; i++) {
    const known = problem();
    if (known) return { verdict: 'unavailable', reasons: [], reason: known };
    let answer;
    try {
      answer = await brio.verdict();
    } catch (e) {
      reason = `Brio's checker failed: ${e?.message ?? e}. ${UNCHECKED}`;
      continue;
    }
    if (answer?.verdict === 'unavailable') {
      reason = answer.reason ? `${answer.reason} ${ADVICE}` : reason;
      continue;
    }
    const last = brio.session.last;
    if (last?.verdict && !last.report.scope && brio.session.fresh()) return last.verdict;
  }
  return { verdict: 'unavailable', reasons: [], reason: problem() ?? explain() ?? reason };
}
