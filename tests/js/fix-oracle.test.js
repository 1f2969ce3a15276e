// The fix oracle (eval/fixes.js) over the evaluation corpus: every fix Brio offers, applied, must
// leave no new grammar error near the edit (Grammalecte for French, harper.js for English) and
// must not draw its own rule again. First the oracle itself is shown to catch known-bad fixes.
// Needs `make cli oracle-tools`; a missing checker fails the test, it never skips it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPosts } from '../../eval/check.js';
import { loadCorpus } from '../../eval/corpus.js';
import { HARPER, collectFixes, formatBad, judgeFixes, summarize } from '../../eval/fixes.js';

const MIN_GOOD = 0.98;

test('the oracle\'s checkers are installed', () => {
  assert.doesNotThrow(() => execFileSync('grammalecte-cli', ['-h'], { stdio: 'ignore' }), 'grammalecte-cli is missing: run `make oracle-tools`');
  assert.ok(existsSync(join(HARPER, 'index.js')), `harper.js is missing from ${HARPER}: run \`make oracle-tools\``);
});

/** A fix replacing the first `words` of `text`. */
function fix(locale, text, words, replacement) {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is not in "${text}"`);
  return { id: `hand-made ${locale}`, locale, platform: 'x', rule: 'tone/jargon', message: '', label: '', safe: false, text, start, end: start + words.length, replacement };
}

test('the oracle judges known-bad fixes bad and known-good ones good', async () => {
  const cases = [
    [fix('fr', 'Une synergie nette entre nos équipes.', 'synergie', 'travail commun'), false],
    [fix('fr', 'Une synergie nette entre nos équipes.', 'synergie', 'collaboration'), true],
    [fix('fr', 'Nous allons impacter nos clients.', 'impacter', 'toucher'), true],
    [fix('fr', 'Ils impactent nos clients.', 'impactent', 'toucher'), false],
    [fix('en', 'We built an innovative tool for teams.', 'innovative', 'distinctive'), false],
    [fix('en', 'We built an innovative tool for teams.', 'innovative', 'original'), true],
  ];
  const judged = await judgeFixes(cases.map(([f]) => f));
  judged.forEach((f, i) => {
    const good = cases[i][1];
    assert.equal(f.problems.length === 0, good, `${f.contextAfter}: expected ${good ? 'good' : 'bad'}, got ${JSON.stringify(f.problems)}`);
  });
  // The round trip: a "fix" the CLI flags again with its own rule.
  const [again] = await judgeFixes([fix('en', 'We will leverage our network.', 'leverage', 'leverage')]);
  assert.ok(again.problems.some((p) => p.oracle === 'round trip'), JSON.stringify(again.problems));
});

// The corpus is judged once, for the tests below.
let corpus;
const judgeCorpus = () => (corpus ??= (async () => {
  const posts = loadCorpus();
  const summary = summarize(await judgeFixes(collectFixes(posts, await checkPosts(posts))));
  const figures = Object.entries(summary.locales).map(([l, g]) => `${l}: ${g.good}/${g.judged} good`).join(', ');
  console.log(`fix oracle: ${summary.judged} fixes judged (${figures})`);
  return { locales: [...new Set(posts.map((p) => p.locale))], summary };
})());

test('the oracle judges fixes of every language of the corpus', async () => {
  const { locales, summary } = await judgeCorpus();
  assert.ok(locales.length > 0, 'the corpus is empty');
  for (const locale of locales) assert.ok(summary.locales[locale]?.judged > 0, `no ${locale} fix judged`);
});

for (const locale of ['fr', 'en']) {
  test(`at least ${100 * MIN_GOOD}% of the corpus's ${locale} fixes are good`, async () => {
    const { summary } = await judgeCorpus();
    const g = summary.locales[locale] ?? { good: 0, judged: 0, share: 1 };
    const bad = summary.bad.filter((f) => f.locale === locale);
    assert.ok(g.share >= MIN_GOOD, `${(100 * g.share).toFixed(1)}% good (${g.good}/${g.judged}), under ${100 * MIN_GOOD}%:\n${formatBad(bad)}`);
  });
}

test('no bad fix is marked safe', async () => {
  const { summary } = await judgeCorpus();
  assert.deepEqual(summary.badSafe.map((f) => `${f.id} ${f.rule}`), [], `bad fixes marked safe:\n${formatBad(summary.badSafe)}`);
});
