// What every example page shares: the checking worker configured for LinkedIn, the hint panel,
// the "Publish" button asking the pre-publish gate, and a test hook (window.example).

import { CheckClient } from '../src/editor/index.js';
import { mountPanel, VERDICT_LABELS } from '../../integrations/core/panel.js';

let current = null; // the page's client, for the test hook

export async function startClient() {
  const client = new CheckClient();
  current = client;
  await client.ready;
  await client.configure({ platform: 'linkedin', locale: 'auto' });
  return client;
}

/** Paragraphs as HTML, for the editors that load a document as HTML. */
export function paragraphsHtml(paragraphs) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
}

/**
 * Wires the page around an editor's Brio API ({ fix, verdict, hints, session }).
 * `load` replaces the document with plain paragraphs through the editor's own API (the tests
 * load a document too large to type).
 * @param {{ brio, saved: () => string, text: () => string, undo: () => void, load: (paragraphs: string[]) => void, panel?: boolean, editor?: unknown }} hook
 */
export function finish(hook) {
  if (hook.panel !== false) mountPanel(document.getElementById('hints'), hook.brio.session);
  const out = document.getElementById('verdict');
  document.getElementById('publish').addEventListener('click', async () => {
    const v = await hook.brio.verdict();
    out.dataset.verdict = v.verdict;
    const why = v.reason ?? v.reasons.map((r) => r.rule).join(', ');
    out.textContent = `${VERDICT_LABELS[v.verdict]}${why ? ` (${why})` : ''}`;
  });
  // Test hook: the last report's n-th fix, applied through the plugin.
  window.example = {
    ...hook,
    client: current,
    fixOf: (rule, n = 0) => {
      const d = hook.brio.session.last.report.diagnostics.find((x) => x.rule === rule);
      return hook.brio.fix(d.suggestions[n]);
    },
    report: () => hook.brio.session.last,
    fresh: () => hook.brio.session.fresh(),
  };
  document.body.dataset.ready = 'true';
}
