// The hint list and the pre-publish verdict, as a React component over the 'brio/hints'
// store: put it in a PluginSidebar (@wordpress/editor) or, as the example does, beside the
// blocks. React renders strings as text nodes, so messages quoting the post stay text.

import { createElement as h } from '@wordpress/element';
import { useSelect } from '@wordpress/data';
import { STORE } from './store.js';
import { VERDICT_LABELS } from '../core/panel.js';

function Hint({ diagnostic, text, onFix }) {
  const flagged = text.slice(diagnostic.start, diagnostic.end);
  return h(
    'li',
    { className: `brio-sidebar-hint brio-${diagnostic.severity}`, 'data-rule': diagnostic.rule },
    h('strong', null, diagnostic.severity),
    ' ',
    h('code', null, diagnostic.rule),
    flagged.trim() ? h('div', { className: 'excerpt' }, `“${flagged}”`) : null,
    h('p', null, diagnostic.message),
    ...diagnostic.suggestions.map((s, i) =>
      h(
        'button',
        { key: i, type: 'button', 'data-testid': 'apply-fix', onClick: () => onFix(s) },
        s.label || (s.replacement === '' ? 'Delete' : `→ ${s.replacement}`),
      ),
    ),
  );
}

/** @param {{ brio: import('../../www/src/editor/types.js').BrioApi }} props */
export function BrioSidebar({ brio }) {
  const { report, verdict, text, problem } = useSelect((/** @type {any} */ sel) => ({
    report: sel(STORE).getReport(),
    verdict: sel(STORE).getVerdict(),
    text: sel(STORE).getText(),
    problem: sel(STORE).getProblem(),
  }), []);
  // A crashed checker or a refused profile: said first, with what to do.
  const trouble = problem
    ? h('p', { className: 'brio-problem', 'data-brio-problem': '', 'data-kind': problem.kind, role: 'alert' }, `${problem.message} ${problem.advice}`)
    : null;
  if (!report) return h('div', { className: 'brio-sidebar' }, trouble ?? 'Checking…');
  const v = verdict?.verdict ?? 'unavailable';
  return h(
    'div',
    { className: 'brio-sidebar' },
    trouble,
    h('div', { className: 'brio-verdict', 'data-verdict': v }, VERDICT_LABELS[v] ?? v),
    // A large post checked only around the caret: say so, or an empty list reads as all clear.
    report.scope ? h('p', { className: 'brio-scope', 'data-brio-scope': '' }, report.scope.message) : null,
    h(
      'ul',
      null,
      report.diagnostics.map((d, i) => h(Hint, { key: `${i}:${d.rule}:${d.start}`, diagnostic: d, text, onFix: (s) => brio.fix(s) })),
    ),
  );
}
