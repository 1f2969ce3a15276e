// The caps on what one report and one profile may hold, as the JS API meets them: a megabyte of
// findings comes back as a bounded list that says how many were left out, and a profile past the
// custom-rule caps is refused with a clear error.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Checker } from './load.js';

test('a megabyte of findings is capped, and the report says how many were left out', () => {
  const checker = new Checker({ platform: 'linkedin', locale: 'en' });
  const text = 'Wow! '.repeat(200_000);
  const report = checker.check(text);
  const summaries = report.diagnostics.filter((d) => /are not shown/.test(d.message));
  assert.ok(summaries.length > 0, 'a summary of what was left out');
  assert.ok(report.diagnostics.length <= 1_000 + summaries.length, `${report.diagnostics.length} diagnostics`);
  const leftOut = summaries.reduce((n, d) => n + Number.parseInt(d.message, 10), 0);
  assert.ok(leftOut > 100_000, `${leftOut} counted as left out`);
  for (const d of report.diagnostics) assert.ok(d.start <= d.end && d.end <= text.length);
  // The verdict reads the same severities as the whole list would give.
  const verdict = checker.verdict(report);
  assert.notEqual(verdict.verdict, 'publish');
});

test('a profile past the custom-rule caps is refused with the reason', () => {
  const custom = (n, pattern) =>
    Array.from({ length: n }, (_, i) => ({ id: `rule-${i}`, pattern: pattern(i), message: 'm' }));
  assert.throws(
    () => new Checker({ profile: { custom: custom(101, (i) => `word${i}`) } }),
    /invalid profile: .*too many custom rules \(101, at most 100\)/s,
  );
  assert.throws(
    () => new Checker({ profile: { custom: custom(8, () => 'a{8000}') } }),
    /invalid profile: .*too large together once compiled/s,
  );
  const fine = new Checker({ profile: { custom: custom(100, (i) => `word${i}`) } });
  const report = fine.check('A post with word7 in it.');
  assert.ok(report.diagnostics.some((d) => d.rule === 'custom/rule-7'));
});
