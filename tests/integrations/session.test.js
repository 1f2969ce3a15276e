// The plugin-independent session over a stand-in editor (a string): fixes go through the
// editor's replace, a fix on stale text is refused, the verdict follows the severities.
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextMap } from '../../integrations/core/text-map.js';
import { createSession, verdictOf } from '../../integrations/core/session.js';

function fakeEditor(initial) {
  let text = initial;
  const report = (t) => ({
    diagnostics: [...t.matchAll(/!{2,}/g)].map((m) => ({
      rule: 'tone/exclamation', severity: 'warning', message: 'One is enough.', start: m.index, end: m.index + m[0].length,
      suggestions: [{ label: 'Keep one', replacement: '!', start: m.index, end: m.index + m[0].length, safe: true }],
    })),
  });
  const painted = [];
  const session = createSession({
    client: { check: async (t) => ({ text: t, report: report(t), ms: 0 }) },
    read: () => new TextMap().add(text, 'only', 0),
    paint: (marks) => painted.push(marks),
    replace: (map, start, end, r) => {
      const a = map.toEditor(start, 'start').offset;
      const b = map.toEditor(end, 'end').offset;
      text = text.slice(0, a) + r + text.slice(b);
    },
    delay: 5,
  });
  return { session, painted, get text() { return text; }, type(s) { text += s; session.changed(); } };
}

test('a fix through the editor; a stale fix is refused', async () => {
  const ed = fakeEditor('Launch day!!!');
  const { report } = await ed.session.check();
  assert.equal(ed.painted.at(-1).length, 1);
  const s = report.diagnostics[0].suggestions[0];
  ed.type(' Go');
  const stale = ed.session.fix(s);
  assert.equal(stale.ok, false);
  assert.match(stale.reason, /changed/);
  assert.equal(ed.text, 'Launch day!!! Go', 'a refused fix leaves the text alone');
  await ed.session.check();
  const fresh = ed.session.last.report.diagnostics[0].suggestions[0];
  assert.deepEqual(ed.session.fix(fresh), { ok: true });
  assert.equal(ed.text, 'Launch day! Go');
  ed.session.destroy();
});

test('verdict: checks first when the text moved on, then follows the severities', async () => {
  const ed = fakeEditor('Calm post.');
  assert.deepEqual(await ed.session.verdict(), { verdict: 'publish', reasons: [] });
  ed.type(' Wow!!');
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'review');
  assert.deepEqual(v.reasons, [{ rule: 'tone/exclamation', severity: 'warning', message: 'One is enough.' }]);
  ed.session.destroy();
});

test('verdictOf (the fallback) agrees with the core: errors block and come first', () => {
  const d = (rule, severity) => ({ rule, severity, message: rule });
  assert.equal(verdictOf({ diagnostics: [d('a', 'hint'), d('b', 'info')] }).verdict, 'publish');
  const v = verdictOf({ diagnostics: [d('w', 'warning'), d('e', 'error')] });
  assert.equal(v.verdict, 'block');
  assert.deepEqual(v.reasons.map((r) => r.rule), ['e', 'w']);
});
