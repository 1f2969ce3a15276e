// The rule-dependent expectations of rule-expectations.js, over the package. Skipped (listed as
// skipped, with the reason) until the integrator enables them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Checker } from './load.js';
import { RULE_EXPECTATIONS, enabledExpectations, findExpected } from './rule-expectations.js';

const on = new Set(enabledExpectations());

for (const e of RULE_EXPECTATIONS) {
  const name = `${e.rule} flags “${e.flagged}” (${e.locale}, ${e.platform})`;
  test(name, { skip: on.has(e) ? false : 'rule-dependent: enable in tests/js/rule-expectations.js' }, () => {
    assert.ok(Checker.rules().some((r) => r.id === e.rule), `${e.rule} is in the catalogue`);
    const checker = new Checker({ locale: e.locale, platform: e.platform });
    const report = checker.check(e.text);
    const d = findExpected(e, report);
    assert.ok(d, `${e.rule} over “${e.flagged}” in ${JSON.stringify(report.diagnostics.map((x) => [x.rule, x.start, x.end]))}`);
    if (e.fixed) {
      assert.ok(d.suggestions.length, 'has a fix');
      assert.ok(checker.applyFix(e.text, d.suggestions[0]).includes(e.fixed));
    }
    if (e.grade) {
      const tag = report.entities.hashtags.find((h) => h.text === e.flagged);
      assert.equal(tag?.grade, e.grade);
    }
  });
}
