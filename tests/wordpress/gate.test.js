// The WordPress plugin's pre-publish gate over a real session (integrations/core) and a stand-in
// editor: it answers a verdict only for a report on exactly the current text, checked whole,
// and `unavailable` otherwise, whatever the session itself answers.
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextMap } from '../../integrations/core/text-map.js';
import { createSession, GATE_TRIES, sessionApi } from '../../integrations/core/session.js';
import { ADVICE, allowsPublishing, gateVerdict, UNCHECKED } from '../../integrations/wordpress/src/gate.js';

const diagnostic = (severity, start, end) => ({ rule: 'tone/exclamation', severity, message: 'One is enough.', start, end, suggestions: [] });

/** A session over a string, whose client answers with `reply(text)` (null: a lost reply). */
function editor(initial, reply) {
  const state = { text: initial, checks: 0 };
  const session = createSession({
    client: {
      check: async (text) => {
        state.checks++;
        return reply(text, state);
      },
    },
    read: () => new TextMap().add(state.text, 'only', 0),
    paint: () => {},
    replace: () => {},
    delay: 5,
  });
  return { brio: sessionApi(session), state };
}

/** The worker's reply: a report with the core's verdict on it (here, errors only: block). */
const report = (text) => {
  const diagnostics = [...text.matchAll(/!{2,}/g)].map((m) => diagnostic('error', m.index, m.index + m[0].length));
  const reasons = diagnostics.map(({ rule, severity, message }) => ({ rule, severity, message }));
  return { text, report: { diagnostics }, verdict: { verdict: reasons.length ? 'block' : 'publish', reasons }, ms: 0 };
};

test('the session’s verdict on the whole current text goes through', async () => {
  const clean = editor('Launch day.', report);
  assert.equal((await gateVerdict(clean.brio)).verdict, 'publish');
  const blocked = editor('Launch day!!!', report);
  const v = await gateVerdict(blocked.brio);
  assert.equal(v.verdict, 'block');
  assert.equal(v.reasons[0].rule, 'tone/exclamation');
});

test('no report (a lost reply, a worker without a checker) is unavailable, never publish', async () => {
  const { brio, state } = editor('Launch day!!!', () => null);
  const v = await gateVerdict(brio);
  assert.equal(v.verdict, 'unavailable');
  assert.ok(v.reason.endsWith(ADVICE), v.reason);
  assert.equal(state.checks, GATE_TRIES, 'a bounded number of tries');
  assert.equal(allowsPublishing(v), false);
});

test('text typed during every check is unavailable; once it settles, the verdict is for it', async () => {
  const typing = editor('Launch day', (text, state) => {
    state.text += '!'; // the writer types while the check runs
    return report(text);
  });
  assert.equal((await gateVerdict(typing.brio)).verdict, 'unavailable');

  let keys = 2;
  const settling = editor('Launch day', (text, state) => {
    if (keys-- > 0) state.text += '!';
    return report(text);
  });
  const v = await gateVerdict(settling.brio, { attempts: 4 });
  assert.equal(settling.state.text, 'Launch day!!');
  assert.equal(v.verdict, 'block', 'the error typed during the gate is in the verdict');
});

test('a report on part of the text (scope) is unavailable', async () => {
  const { brio } = editor('Launch day.', (text) => ({ ...report(text), report: { diagnostics: [], scope: { start: 0, end: 4, total: 11, message: 'part' } } }));
  assert.equal((await gateVerdict(brio)).verdict, 'unavailable');
});

test('a known problem is named at once; a failing checker is named after the tries', async () => {
  const invalid = editor('Launch day.', report);
  const v = await gateVerdict(invalid.brio, { problem: () => 'The brand profile is invalid: x.' });
  assert.deepEqual(v, { verdict: 'unavailable', reasons: [], reason: 'The brand profile is invalid: x.' });
  assert.equal(invalid.state.checks, 0);

  const stopped = editor('Launch day.', () => null);
  const w = await gateVerdict(stopped.brio, { explain: () => 'Brio’s checker stopped: trap.' });
  assert.equal(w.reason, 'Brio’s checker stopped: trap.');

  const throwing = { verdict: async () => Promise.reject(new Error('boom')), session: { fresh: () => false, last: null } };
  const x = await gateVerdict(throwing);
  assert.equal(x.verdict, 'unavailable');
  assert.match(x.reason, /boom/);
  assert.ok(x.reason.endsWith(UNCHECKED), x.reason);
});

test('an `unavailable` answer from the session stays unavailable, with its reason', async () => {
  const brio = { verdict: async () => ({ verdict: 'unavailable', reasons: [], reason: 'The worker restarted.' }), session: { fresh: () => true, last: null } };
  assert.deepEqual(await gateVerdict(brio), { verdict: 'unavailable', reasons: [], reason: `The worker restarted. ${ADVICE}` });

  // A session that answers `publish` without a report to back it does not open the gate.
  const lying = { verdict: async () => ({ verdict: 'publish', reasons: [] }), session: { fresh: () => false, last: null } };
  assert.equal((await gateVerdict(lying, { attempts: 2 })).verdict, 'unavailable');
});

test('publishing is allowed on publish and review only', () => {
  assert.equal(allowsPublishing({ verdict: 'publish' }), true);
  assert.equal(allowsPublishing({ verdict: 'review' }), true);
  for (const v of [{ verdict: 'block' }, { verdict: 'unavailable' }, { verdict: 'checking' }, {}, null, undefined]) {
    assert.equal(allowsPublishing(v), false, JSON.stringify(v));
  }
});
