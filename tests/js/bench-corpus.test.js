// The bench corpus (bench/corpus/generate.js) is what `make bench` claims it is: deterministic,
// 200+ posts in both languages on every platform, each class with the traits it is named for,
// every post inside its platform's limit; and bench/compare.js reports every class from it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLASSES, generateCorpus, parseBlocks } from '../../bench/corpus/generate.js';
import { Checker, root } from './load.js';

const corpus = generateCorpus();
const of = (c) => corpus.filter((p) => p.class === c);
const tagsOf = (text) => text.match(/(?<=^|\s)#[^\s#]+/gu) ?? [];

test('the same seed gives the same corpus, another seed another one of the same shape', () => {
  assert.deepEqual(generateCorpus(), corpus);
  const other = generateCorpus({ seed: 7 });
  assert.deepEqual(other.map((p) => [p.class, p.locale, p.platform]), corpus.map((p) => [p.class, p.locale, p.platform]));
  const generated = (list) => list.filter((p) => p.class !== 'reference').map((p) => p.text);
  assert.notDeepEqual(generated(other), generated(corpus));
});

test('200+ posts, French and English, every platform, every class', () => {
  assert.ok(corpus.length >= 200, `${corpus.length} posts`);
  assert.equal(new Set(corpus.map((p) => p.id)).size, corpus.length, 'ids are unique');
  for (const c of CLASSES) {
    const posts = of(c);
    assert.ok(posts.length > 0, `${c} has posts`);
    assert.deepEqual(new Set(posts.map((p) => p.locale)), new Set(['fr', 'en']), `${c} has both languages`);
  }
  const platforms = new Set(corpus.map((p) => p.platform));
  for (const p of ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'mastodon', 'bluesky']) assert.ok(platforms.has(p), p);
});

test('every slot of the building blocks is filled', () => {
  for (const p of corpus) {
    assert.doesNotMatch(p.text, /\{[a-z]+\d?\}|undefined|NaN/, p.id);
    assert.equal(p.chars, p.text.length, p.id);
    assert.equal(p.tags, tagsOf(p.text).length, p.id);
  }
});

test('the blocks parser reads values, lists and tags, and refuses stray text', () => {
  const blocks = parseBlocks('// c\n=== theme t\nplace: A | B\ntags: #a #b\n--- plain\nOne {place}.\n=== pool p\n--- lines\nTwo.');
  assert.deepEqual(blocks.theme.t.values, { place: ['A', 'B'], tags: ['#a', '#b'] });
  assert.deepEqual(blocks.theme.t.lists.plain, ['One {place}.']);
  assert.deepEqual(blocks.pool.p.lists.lines, ['Two.']);
  assert.throws(() => parseBlocks('stray'), /before the first block/);
  assert.throws(() => parseBlocks('=== pool p\nno colon here'), /key: values/);
});

test('each class has the traits it is named for', () => {
  for (const p of of('linkedin-3000')) assert.ok(p.chars >= 2700 && p.chars <= 3000, `${p.id}: ${p.chars}`);
  for (const p of of('facebook-63k')) assert.ok(p.chars >= 62_000 && p.chars <= 63_206, `${p.id}: ${p.chars}`);
  for (const p of of('doc-100k')) assert.ok(p.chars >= 99_000 && p.chars <= 100_000, `${p.id}: ${p.chars}`);
  for (const p of of('tweet')) assert.ok(p.chars <= 500, `${p.id}: ${p.chars}`);

  const walls = of('tag-wall');
  for (const p of walls) assert.ok(p.tags >= 5 && p.tags <= 30, `${p.id}: ${p.tags} tags`);
  assert.ok(walls.some((p) => p.tags === 30) || walls.some((p) => p.tags >= 25), 'some walls near 30 tags');
  const wallTags = walls.flatMap((p) => tagsOf(p.text));
  assert.ok(wallTags.some((t) => /[^\p{ASCII}]/u.test(t)), 'accented tags');
  assert.ok(wallTags.some((t) => /^#[a-zé]{16,}$/u.test(t)), 'run-together tags');
  assert.ok(wallTags.some((t) => /^#[A-ZÉ][a-zé]+[A-ZÉ]/u.test(t)), 'camel-case tags');
  assert.ok(wallTags.some((t) => ['#innovation', '#motivation', '#success', '#réussite'].includes(t)), 'generic tags');

  for (const p of of('links-mentions').filter((p) => p.platform === 'linkedin')) {
    assert.ok((p.text.match(/https?:\/\//g) ?? []).length >= 5, `${p.id}: URLs`);
    assert.ok((p.text.match(/(?<=^|\s)@\w/g) ?? []).length >= 5, `${p.id}: mentions`);
  }
  for (const p of of('emoji-lists').filter((p) => p.chars > 1000)) {
    assert.match(p.text, /\n(✅|👉|🔹|➡️|📍|⭐|•) /u, `${p.id}: a line-broken list`);
    assert.match(p.text, /(\p{Extended_Pictographic}\uFE0F?){2}/u, `${p.id}: an emoji run`);
  }
  for (const p of of('long-sentences').filter((p) => p.platform !== 'mastodon')) {
    const longest = Math.max(...p.text.split(/(?<=[.!?])\s+/).map((s) => s.split(/\s+/).length));
    assert.ok(longest >= 50, `${p.id}: longest sentence ${longest} words`);
  }

  const pairs = of('tags-0');
  assert.ok(pairs.length >= 10);
  for (const without of pairs) {
    const withTags = of('tags-30').find((p) => p.pair === without.pair);
    assert.ok(withTags, without.pair);
    assert.equal(without.tags, 0);
    assert.equal(withTags.tags, 30);
    assert.ok(withTags.text.startsWith(`${without.text}\n\n#`), `${without.pair}: the same post, tags below`);
    assert.ok(withTags.chars <= 3000, `${without.pair}: fits LinkedIn`);
  }
});

test('every post fits its platform, and the checker finds what the class is for', () => {
  const checkers = new Map();
  const diagnostics = new Map();
  for (const p of corpus) {
    const key = `${p.platform}/${p.locale}`;
    if (!checkers.has(key)) checkers.set(key, new Checker({ platform: p.platform, locale: p.locale }));
    const report = checkers.get(key).check(p.text);
    diagnostics.set(p.id, report.diagnostics);
    // A document is checked as a LinkedIn text on purpose: it is the one post over its limit.
    const tooLong = report.diagnostics.some((d) => d.rule === 'platform/too-long');
    assert.equal(tooLong, p.class === 'doc-100k', `${p.id}: platform/too-long`);
    assert.equal(report.entities.hashtags.length, p.tags, `${p.id}: hashtags the checker sees`);
  }
  for (const p of of('many-findings')) assert.ok(diagnostics.get(p.id).length >= 30, `${p.id}: ${diagnostics.get(p.id).length} findings`);
  for (const p of of('tags-30')) {
    assert.ok(diagnostics.get(p.id).some((d) => d.rule === 'hashtag/hollow'), `${p.id}: hollow tags among the 30`);
  }
});

test('bench/compare.js reports every class, the targets and the README rows (a quick run)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brio-bench-'));
  try {
    const file = join(dir, 'results.json');
    const classes = 'tweet,tags-0,tags-30,doc-100k';
    const run = spawnSync(process.execPath, ['bench/compare.js', '--only', 'brio', '--quick', '--rounds', '2', '--classes', classes, '--out', file, '--json'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const results = JSON.parse(run.stdout);
    const brio = results.tools.brio;
    for (const c of classes.split(',')) {
      const s = brio.corpus.classes[c];
      assert.ok(s.p50 > 0 && s.p99 >= s.p50 && s.samples === 2 * s.posts, c);
      assert.ok(s.nsPerChar > 0, c);
    }
    assert.equal(brio.corpus.perPost.length, corpus.filter((p) => classes.includes(p.class)).length);
    assert.ok(brio.tagPairs.pairs.length >= 10 && brio.tagPairs.medianRatio > 0);
    assert.ok(Object.keys(brio.keystroke).length === 2 && brio.keystroke['doc-100k-fr'].caret.p50 > 0);
    assert.ok(brio.bytes.total.gzip > 0 && brio.bytes.total.brotli > 0);
    assert.ok(results.targets.length >= 4 && results.targets.every((t) => typeof t.met === 'boolean'));

    const summary = spawnSync(process.execPath, ['bench/compare.js', '--from', file, '--summary'], { cwd: root, encoding: 'utf8' });
    assert.equal(summary.status, 0, summary.stderr);
    for (const c of classes.split(',')) assert.match(summary.stdout, new RegExp(`^\\| ${c} \\|`, 'm'));
    assert.match(summary.stdout, /^\| \*\*whole corpus\*\* \|/m);
    assert.match(summary.stdout, /^\| a keystroke in a 100 KB document, p50 \|/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
