// A hint list with the pre-publish verdict: the sidebar every plugin can mount next to its
// editor (Gutenberg draws its own React one). When a large document was checked only around
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
.scope { font: 12px system-ui, sans-serif; color: #4a4f57; margin-bottom: 8px; }
.list { display: grid; gap: 8px; }
.list .brio-card { max-width: none; box-shadow: none; }
`;

export const VERDICT_LABELS = {
  publish: 'Ready to publish',
  review: 'Review the warnings before publishing',
  block: 'Blocked: fix the errors before publishing',
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
  const scope = document.createElement('p');
  scope.className = 'scope';
  scope.setAttribute('data-brio-scope', '');
  scope.hidden = true;
  const list = document.createElement('div');
  list.className = 'list';
  root.append(verdict, scope, list);
  container.append(host);

  const render = (state) => {
    if (!state) return;
    verdict.dataset.verdict = state.verdict.verdict;
    verdict.textContent = VERDICT_LABELS[state.verdict.verdict];
    scope.hidden = !state.report.scope;
    scope.textContent = state.report.scope?.message ?? '';
    list.replaceChildren(
      ...state.report.diagnostics.map((d) => renderCard(d, { text: state.text, onFix: (s) => session.fix(s), labels })),
    );
  };
  const unsubscribe = session.subscribe(render);
  return {
    host,
    destroy() {
      unsubscribe();
      host.remove();
    },
  };
}
