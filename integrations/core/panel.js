// A hint list with the pre-publish verdict: the sidebar every plugin can mount next to its
// editor (Gutenberg draws its own React one). A checker that crashed or refused the brand
// profile is said above the list, with what to do: the writer must not take stale hints, or
// no hints, for a checked text. When a large document was checked only around
// the caret, the report's `scope` message says so above the list: the writer must not take
// an empty list for a clean document. Cards come from the shared editor layer; all
// text goes through textContent. In a shadow root, so the CMS's CSS cannot restyle it.

import { renderCard } from '../../www/src/editor/card.js';
import { CARD_CSS } from '../../www/src/editor/styles.js';

const PANEL_CSS = `
:host { display: block; }
.verdict { font: 600 13px system-ui, sans-serif; padding: 6px 10px; border-radius: 8px; margin-bottom: 8px; }
.verdict[data-verdict="publish"] { background: #e7f6ec; color: #14632f; }
.verdict[data-verdict="review"] { background: #fff4e0; color: #8a5300; }
.verdict[data-verdict="block"] { background: #fde8e7; color: #a01c12; }
.verdict[data-verdict="unavailable"] { background: #eef0f3; color: #3b4250; }
.problem { font: 13px system-ui, sans-serif; background: #fde8e7; color: #7a140c; padding: 6px 10px;
  border-radius: 8px; margin-bottom: 8px; }
.problem .advice { display: block; margin-top: 2px; color: #4a4f57; }
.scope { font: 12px system-ui, sans-serif; color: #4a4f57; margin-bottom: 8px; }
.list { display: grid; gap: 8px; }
.list .brio-card { max-width: none; box-shadow: none; }
`;

/** Hints listed as cards at most. */
export const LISTED = 100;

export const VERDICT_LABELS = {
  publish: 'Ready to publish',
  review: 'Review the warnings before publishing',
  block: 'Blocked: fix the errors before publishing',
  unavailable: 'Not checked: Brio cannot vouch for this text yet',
};

/**
 * Mounts the panel in `container` and keeps it in step with `session`.
 * @param {HTMLElement} container
 * @param {import('../../www/src/editor/types.js').Session} session
 * @param {{ labels?: Record<string, string> }} [options]
 */
export function mountPanel(container, session, { labels } = {}) {
  const host = document.createElement('div');
  host.setAttribute('data-brio-panel', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS + PANEL_CSS);
  root.adoptedStyleSheets = [sheet];
  const verdict = document.createElement('div');
  verdict.className = 'verdict';
  const problem = document.createElement('p');
  problem.className = 'problem';
  problem.setAttribute('data-brio-problem', '');
  problem.setAttribute('role', 'alert');
  problem.hidden = true;
  const scope = document.createElement('p');
  scope.className = 'scope';
  scope.setAttribute('data-brio-scope', '');
  scope.hidden = true;
  const list = document.createElement('div');
  list.className = 'list';
  root.append(problem, verdict, scope, list);
  container.append(host);

  const render = (state) => {
    if (!state) return;
    problem.hidden = !state.problem;
    problem.dataset.kind = state.problem?.kind ?? '';
    const advice = document.createElement('span');
    advice.className = 'advice';
    advice.textContent = state.problem?.advice ?? '';
    problem.replaceChildren(state.problem?.message ?? '', advice);
    const v = state.verdict?.verdict ?? 'unavailable';
    verdict.dataset.verdict = v;
    verdict.textContent = VERDICT_LABELS[v] ?? v;
    scope.hidden = !state.report?.scope;
    scope.textContent = state.report?.scope?.message ?? '';
    if (!state.report) return; // a problem before any report: nothing to list
    // A card each for the first LISTED hints: hundreds of cards would make each report a long
    // layout; the rest are drawn in the editor, and the panel says how many.
    const { diagnostics } = state.report;
    const more = document.createElement('p');
    more.className = 'scope';
    more.textContent = `…and ${diagnostics.length - LISTED} more, marked in the text.`;
    list.replaceChildren(
      ...diagnostics.slice(0, LISTED).map((d) => renderCard(d, { text: state.text, onFix: (s) => session.fix(s), labels })),
      ...(diagnostics.length > LISTED ? [more] : []),
    );
  };
  render(session.state?.());
  const unsubscribe = session.subscribe(render);
  return {
    host,
    destroy() {
      unsubscribe();
      host.remove();
    },
  };
}
