// The evaluation's scorer and corpus validation (eval/), on a tiny corpus made here: exact
// figures for each case of eval/README.md's scoring, and the errors a mistyped label draws.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError, loadCorpus, parseLabel, validatePosts } from '../../eval/corpus.js';
import { score } from '../../eval/score.js';

const post = (fields) => ({ file: `${fields.locale}-test.toml`, voice: 'a test', not: [], may: [], ...fields });
const finding = (rule, text, words, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  return { rule, message: `${rule} says so`, start, end: start + words.length, suggestions: [] };
};

const TEXTS = {
  jargon: 'Une synergie entre nos équipes va impacter nos clients !',
  miss: 'We basically ship on Fridays.',
  clean: 'The library opens at 9 am.  See you there.',
  trap: 'Les TER sont remplacés par des cars.',
  twice: 'Leverage this, then leverage that.',
  typo: 'Enfin !',
};
const posts = validatePosts([
  post({ id: 'tp-fp-may', platform: 'x', locale: 'fr', text: TEXTS.jargon, expect: ['tone/jargon: synergie'], may: ['tone/exclamation'] }),
  post({ id: 'miss', platform: 'x', locale: 'en', text: TEXTS.miss, expect: ['tone/filler: basically'] }),
  post({ id: 'clean', platform: 'bluesky', locale: 'en', text: TEXTS.clean, expect: [] }),
  post({ id: 'trap', platform: 'mastodon', locale: 'fr', text: TEXTS.trap, expect: [], not: ['tone/passive: sont remplacés'] }),
  post({ id: 'twice', platform: 'linkedin', locale: 'en', text: TEXTS.twice, expect: ['tone/jargon: leverage'] }),
  post({ id: 'typo', platform: 'x', locale: 'fr', text: TEXTS.typo, expect: ['typo/fr-nbsp', 'tone/exclamation: !'] }),
]);
const reports = new Map(Object.entries({
  'tp-fp-may': [
    finding('tone/jargon', TEXTS.jargon, 'synergie'), // TP
    finding('tone/jargon', TEXTS.jargon, 'impacter'), // FP: only synergie is labelled
    finding('tone/exclamation', TEXTS.jargon, '!'), // may: left out
    finding('typo/fr-nbsp', TEXTS.jargon, ' !'), // typo/, not labelled here: left out
  ],
  miss: [],
  clean: [finding('typo/double-space', TEXTS.clean, '  ')], // left out: still a clean post
  trap: [finding('tone/passive', TEXTS.trap, 'sont remplacés')], // FP, and the trap it fell in
  twice: [finding('tone/jargon', TEXTS.twice, 'leverage')], // the second occurrence matches
  typo: [finding('typo/fr-nbsp', TEXTS.typo, ' !')], // labelled without words: TP; exclamation: miss
}).map(([id, diagnostics]) => [id, { diagnostics }]));

test('labels split at their first colon', () => {
  assert.deepEqual(parseLabel('tone/jargon: solution : clé en main'), { rule: 'tone/jargon', words: 'solution : clé en main' });
  assert.deepEqual(parseLabel('tone/emoji'), { rule: 'tone/emoji', words: null });
});

test('the scorer counts TP, FP and misses as eval/README.md says', () => {
  const { scopes, falsePositives, misses } = score(posts, reports);
  const fig = (r) => [r.tp, r.fp, r.misses];
  assert.deepEqual(fig(scopes.fr.rules['tone/jargon']), [1, 1, 0]);
  assert.deepEqual(fig(scopes.fr.rules['tone/passive']), [0, 1, 0]);
  assert.deepEqual(fig(scopes.fr.rules['typo/fr-nbsp']), [1, 0, 0]);
  assert.deepEqual(fig(scopes.fr.rules['tone/exclamation']), [0, 0, 1]);
  assert.deepEqual(fig(scopes.en.rules['tone/filler']), [0, 0, 1]);
  assert.deepEqual(fig(scopes.en.rules['tone/jargon']), [1, 0, 0]);
  assert.equal(scopes.en.rules['typo/double-space'], undefined);
  assert.deepEqual(fig(scopes.all.rules['tone/jargon']), [2, 1, 0]);
  assert.deepEqual({ ...scopes.fr.total }, { tp: 2, fp: 2, misses: 1, precision: 0.5, recall: 2 / 3 });
  assert.deepEqual({ ...scopes.en.total }, { tp: 1, fp: 0, misses: 1, precision: 1, recall: 0.5 });
  assert.deepEqual({ ...scopes.all.total }, { tp: 3, fp: 2, misses: 2, precision: 0.6, recall: 0.6 });
  assert.equal(scopes.fr.rules['tone/passive'].recall, null);
  assert.deepEqual([scopes.all.posts, scopes.fr.posts, scopes.en.posts], [6, 3, 3]);
  assert.deepEqual(scopes.all.clean, { posts: 2, noFalseHint: 1, share: 0.5 });
  assert.deepEqual(falsePositives.map((f) => [f.id, f.rule, f.words, f.trap]), [
    ['tp-fp-may', 'tone/jargon', 'impacter', null],
    ['trap', 'tone/passive', 'sont remplacés', 'tone/passive: sont remplacés'],
  ]);
  assert.deepEqual(misses, [{ id: 'miss', label: 'tone/filler: basically' }, { id: 'typo', label: 'tone/exclamation: !' }]);
});

test('validation names the file and the post of every bad label', () => {
  const bad = [
    post({ id: 'a', platform: 'x', locale: 'fr', text: 'Une synergie.', expect: ['tone/jargon: synergies'] }),
    post({ id: 'b', platform: 'twitter', locale: 'fr', text: 'Bonjour.', expect: [] }),
    post({ id: 'a', platform: 'x', locale: 'fr', text: 'Re.', expect: [], file: 'fr-other.toml' }),
    post({ id: 'c', platform: 'x', locale: 'en', text: 'Hi.', expect: ['tone/jargn'], mayy: [] }),
    post({ id: 'd', platform: 'x', locale: 'fr', text: 'Hi.', expect: [], file: 'en-test.toml' }),
  ];
  assert.deepEqual(problems(bad), [
    'fr-test.toml: post a: expect "tone/jargon: synergies": "synergies" is not in the text',
    'fr-test.toml: post b: unknown platform "twitter" (one of x, mastodon, bluesky, threads, linkedin, instagram, facebook)',
    'fr-other.toml: post a: duplicate id (also in fr-test.toml)',
    'en-test.toml: post c: unknown key "mayy"',
    'en-test.toml: post c: expect "tone/jargn": unknown rule "tone/jargn"',
    'en-test.toml: post d: locale "fr" in a file not named fr-*.toml',
  ]);
});

/** The problems validatePosts finds in `posts`, knowing only the rule tone/jargon. */
function problems(posts) {
  try {
    validatePosts(posts, { rules: new Set(['tone/jargon']) });
  } catch (e) {
    assert.ok(e instanceof CorpusError);
    return e.problems;
  }
  assert.fail('validatePosts accepted a bad corpus');
}

test('loadCorpus reports TOML syntax errors by file, and run.js exits 2 on an invalid corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brio-corpus-'));
  try {
    writeFileSync(join(dir, 'fr-ok.toml'), '[[post]]\nid = "ok"\nplatform = "x"\nlocale = "fr"\nvoice = "v"\ntext = "Bonjour à tous."\nexpect = []\n');
    assert.equal(loadCorpus(dir).length, 1);
    const run = (...args) => spawnSync(process.execPath, [fileURLToPath(new URL('../../eval/run.js', import.meta.url)), '--posts', dir, ...args], { encoding: 'utf8' });
    const ok = run('--json');
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).scopes.fr.clean.posts, 1);

    writeFileSync(join(dir, 'en-broken.toml'), '[[post]]\nid = "x\n');
    assert.throws(() => loadCorpus(dir), (e) => e instanceof CorpusError && e.problems.length === 1 && e.problems[0].includes('en-broken.toml'));
    const failed = run();
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /en-broken\.toml/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
