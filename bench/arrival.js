// What a report's arrival costs the page per keystroke in the corpus's 100 KB documents
// (`node bench/arrival.js`, after `make pkg`): the whole report structured-cloned, as a
// 'report' message from the worker is, against the `ReportDelta` of `Session.edit` cloned and
// applied to the last report (`applyDelta`), as `CheckClient.edit` does. A keystroke is one
// character typed, then deleted, at 25 places through the document; p50 over 200 of them,
// with the messages' size as V8 serializes them.
import { serialize } from 'node:v8';
import { Checker } from '../tests/js/load.js';
import { applyDelta } from '../www/src/editor/report-delta.js';
import { generateCorpus } from './corpus/generate.js';

const KEYS = 200;
const p50 = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

for (const doc of generateCorpus().filter((post) => post.class === 'doc-100k')) {
  const checker = new Checker({ platform: doc.platform });
  const session = checker.session();
  let text = doc.text;
  let report = session.update(text);
  const whole = { ms: [], bytes: [] };
  const delta = { ms: [], bytes: [] };
  for (let i = 0; i < KEYS; i++) {
    const at = Math.floor((((i >> 1) % 25) + 0.5) * (text.length / 25));
    const typed = i % 2 === 0;
    const change = typed ? session.edit(at, at, 'x') : session.edit(at, at + 1, '');
    text = typed ? `${text.slice(0, at)}x${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
    const full = session.report();
    let t0 = performance.now();
    structuredClone(full);
    whole.ms.push(performance.now() - t0);
    t0 = performance.now();
    report = applyDelta(report, structuredClone(change));
    delta.ms.push(performance.now() - t0);
    whole.bytes.push(serialize(full).length);
    delta.bytes.push(serialize(change).length);
  }
  console.log(
    `${doc.id}: ${text.length} chars, ${report.diagnostics.length} diagnostics; ` +
      `whole report cloned p50 ${p50(whole.ms).toFixed(3)} ms (${p50(whole.bytes)} bytes), ` +
      `delta cloned and applied p50 ${p50(delta.ms).toFixed(3)} ms (${p50(delta.bytes)} bytes)`,
  );
  session.free();
  checker.free();
}
