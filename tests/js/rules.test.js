// The expectations of rule-expectations.js, over the package.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Checker } from './load.js';
import { RULE_EXPECTATIONS, findExpected } from './rule-expectations.js';

for (const e of RULE_EXPECTATIONS) {
  const name = `${e.rule} flags “${e.flagged}” (${e.locale}, ${e.platform})`;
  test(name, () => {
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

test('hashtag statistics turn a hollow verdict into a chance of being seen', () => {
  const checker = new Checker({ locale: 'en', platform: 'linkedin' });
  const text = 'Our field teams shipped a scheduling tool. #innovation';
  const hollow = (report) => report.diagnostics.filter((d) => d.rule === 'hashtag/hollow');
  assert.equal(hollow(checker.check(text)).length, 1, 'hollow from the lexicon alone');
  // A quiet tag with a large audience behind the post: seen, so not hollow.
  const quiet = checker.check(text, { hashtagStats: { innovation: { postsPerHour: 0.2 } }, audience: 50000 });
  assert.equal(hollow(quiet).length, 0, JSON.stringify(quiet.diagnostics));
  // A saturated tag: the message gives the chance of being seen.
  const busy = checker.check(text, { hashtagStats: { innovation: { postsPerHour: 5000 } }, audience: 300 });
  assert.equal(hollow(busy).length, 1);
  assert.match(hollow(busy)[0].message, /%/);
});
