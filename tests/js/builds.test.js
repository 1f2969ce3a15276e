// The one-language builds (pkg/fr, pkg/en; docs/npm.md, "Builds") and the worker's loader
// (www/src/editor/loader.js): a build's report on a post in its language is the full build's,
// it refuses what it cannot serve, and a one-language page loads only its build until a
// configuration or a text needs the full one, whose reports it then gives.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../bench/corpus/generate.js';
import { loadCorpus } from '../../eval/corpus.js';
import { Checker as Full } from './load.js';
import { POSTS } from './posts.js';
import { createLoader } from '../../www/src/editor/loader.js';
import { initialBuild, needsFull } from '../../www/src/editor/builds.js';

/** A one-language build's Checker; `instance` names a module instance of its own (each has
 * its own wasm memory, so its own word lists installed or not). */
async function loadBuild(dir, instance = '') {
  const glue = await import(new URL(`../../pkg/${dir}/brio.js${instance ? `?${instance}` : ''}`, import.meta.url));
  glue.initSync({ module: readFileSync(new URL(`../../pkg/${dir}/brio_bg.wasm`, import.meta.url)) });
  return glue.Checker;
}
const WORDS = readFileSync(new URL('../../pkg/words.bin', import.meta.url));
const BUILDS = { full: Full, fr: await loadBuild('fr'), en: await loadBuild('en') };
// The one-language builds with their word lists in, as a page has them after its first check.
BUILDS.fr.installWords(WORDS);
BUILDS.en.installWords(WORDS);
/** The rules a one-language build leaves out until its word lists are in (src/hashtags/words.rs). */
const READERS = ['hashtag/casing', 'hashtag/hollow', 'tone/shouting'];

const corpus = generateCorpus();
const HELDOUT = fileURLToPath(new URL('../../eval/heldout/', import.meta.url));

for (const locale of ['fr', 'en']) {
  test(`the ${locale} build reports as the full build on every ${locale} post of the bench corpus`, () => {
    const One = BUILDS[locale];
    assert.deepEqual(One.locales(), [locale]);
    assert.deepEqual(Full.locales(), ['fr', 'en']);
    const posts = corpus.filter((p) => p.locale === locale);
    assert.ok(posts.length > 100, `${posts.length} posts`);
    const checkers = new Map();
    const pair = (platform) => {
      if (!checkers.has(platform)) checkers.set(platform, [new Full({ platform }), new One({ platform })]);
      return checkers.get(platform);
    };
    let diagnostics = 0;
    for (const post of posts) {
      const [full, one] = pair(post.platform);
      const expected = full.check(post.text);
      assert.equal(expected.locale, locale, post.id);
      assert.deepEqual(one.check(post.text), expected, post.id);
      diagnostics += expected.diagnostics.length;
    }
    assert.ok(diagnostics > posts.length, `${diagnostics} diagnostics: the posts exercise the packs`);
  });

  test(`the ${locale} build reports as the full build on the evaluation posts set in ${locale}`, () => {
    const One = BUILDS[locale];
    const posts = [...loadCorpus(), ...loadCorpus(HELDOUT)].filter((p) => p.locale === locale);
    assert.ok(posts.length > 100, `${posts.length} posts`);
    for (const post of posts) {
      const options = { platform: post.platform, locale };
      const [full, one] = [new Full(options), new One(options)];
      assert.deepEqual(one.check(post.text), full.check(post.text), post.id);
      full.free();
      one.free();
    }
  });

  test(`the ${locale} build refuses a profile, the other language and learn`, () => {
    const One = BUILDS[locale];
    const other = locale === 'fr' ? 'en' : 'fr';
    assert.throws(() => new One({ profile: { voice: { max_emoji: 2 } } }), /takes no profile/);
    assert.throws(() => new One({ locale: other }), /no `\w+` packs/);
    assert.doesNotThrow(() => new One({ locale }).free());
    assert.equal(typeof One.learn, 'undefined');
    assert.deepEqual(One.rules(), Full.rules());
    assert.deepEqual(One.platforms(), Full.platforms());
  });
}

for (const locale of ['fr', 'en']) {
  test(`before its word lists are in, the ${locale} build reports as the full build less the rules that read them`, async () => {
    const One = await loadBuild(locale, `bare-${locale}`);
    assert.equal(One.needsWords(), true);
    assert.equal(Full.needsWords(), false);
    const posts = corpus.filter((p) => p.locale === locale);
    let left = 0;
    for (const post of posts) {
      const [full, one] = [new Full({ platform: post.platform }), new One({ platform: post.platform })];
      const expected = full.check(post.text);
      const report = one.check(post.text);
      const kept = expected.diagnostics.filter((d) => !READERS.includes(d.rule));
      left += expected.diagnostics.length - kept.length;
      assert.deepEqual(report.diagnostics, kept, post.id);
      assert.deepEqual(report.entities.mentions, expected.entities.mentions, post.id);
      assert.deepEqual(report.entities.hashtags.map((t) => t.text), expected.entities.hashtags.map((t) => t.text), post.id);
      full.free();
      one.free();
    }
    assert.ok(left > 50, `${left} findings of the rules that read the lists: the posts exercise them`);
    // Other bytes are refused, and leave the build as it was; its own lists complete it.
    assert.throws(() => One.installWords(WORDS.subarray(1)), /installWords: .*another build of Brio/);
    const changed = Uint8Array.from(WORDS);
    changed[1000] ^= 1;
    assert.throws(() => One.installWords(changed), /installWords: .*another build of Brio/);
    assert.equal(One.needsWords(), true);
    One.installWords(WORDS);
    assert.equal(One.needsWords(), false);
    const post = posts.find((p) => p.text.includes('#'));
    assert.deepEqual(new One({ platform: post.platform }).check(post.text), new Full({ platform: post.platform }).check(post.text));
  });
}

test('a post in the other language comes out in that language, without its packs, in the build\'s words', () => {
  const post = POSTS.find((p) => p.name === 'en-launch').text;
  const full = new Full().check(post);
  const fr = new BUILDS.fr().check(post);
  assert.equal(fr.locale, 'en');
  assert.ok(fr.diagnostics.length < full.diagnostics.length, 'the English packs are missing');
  // Nor has it the frames its rules write in code for the other language, as a pack lists
  // words: a superlative with a scope.
  const scoped = [['fr', "We are the UK's most trusted bank."], ['en', 'Nous sommes la banque la plus simple de France.']];
  for (const [build, text] of scoped) {
    const rules = (C) => new C({ platform: 'linkedin' }).check(text).diagnostics.map((d) => d.rule);
    assert.deepEqual(rules(Full), ['tone/superlative'], text);
    assert.deepEqual(rules(BUILDS[build]), [], `${build}: ${text}`);
  }
  // A one-language build carries its own language's messages only.
  const long = `${'We open the new riverside studio on Saturday with a morning of talks. '.repeat(5)}`;
  const [inFull, inFr, inEn] = [Full, BUILDS.fr, BUILDS.en].map((C) =>
    new C({ platform: 'x' }).check(long).diagnostics.find((d) => d.rule === 'platform/too-long'));
  assert.match(inFull.message, /^This post is/);
  assert.match(inEn.message, /^This post is/);
  assert.match(inFr.message, /^Ce post fait/);
  assert.deepEqual([inFr.start, inFr.end], [inFull.start, inFull.end]);
});

test('a page starts with the build of its locale hint', () => {
  assert.equal(initialBuild('fr'), 'fr');
  assert.equal(initialBuild('fr-CA'), 'fr');
  assert.equal(initialBuild('EN_gb'), 'en');
  assert.equal(initialBuild('de'), 'full');
  assert.equal(initialBuild('auto'), 'full');
  assert.equal(initialBuild(''), 'full');
  assert.equal(initialBuild(undefined), 'full');
  const fr = { full: false, locales: ['fr'] };
  assert.equal(needsFull({ type: 'configure', options: { locale: 'fr' } }, fr), false);
  assert.equal(needsFull({ type: 'configure', options: { locale: 'auto', platform: 'x' } }, fr), false);
  assert.equal(needsFull({ type: 'configure', options: { locale: 'en' } }, fr), true);
  assert.equal(needsFull({ type: 'configure', options: { profile: 'x = 1' } }, fr), true);
  assert.equal(needsFull({ type: 'learn', posts: [] }, fr), true);
  assert.equal(needsFull({ type: 'learn', posts: [] }, { full: true, locales: ['fr', 'en'] }), false);
});

/** A loader over the Node builds that records which builds it loaded, what it posted and how
 * often it fetched the word lists (`words`: what that fetch gives; `builds`: other builds). */
function loader({ builds = BUILDS, words = async () => WORDS } = {}) {
  const loads = [];
  const posted = [];
  let fetches = 0;
  const handle = createLoader(async (build) => {
    loads.push(build);
    return builds[build];
  }, (m) => posted.push(m), {
    words: () => {
      fetches++;
      return words();
    },
  });
  const reply = async (data) => {
    const before = posted.length;
    await handle(data);
    return posted.slice(before);
  };
  return { loads, posted, reply, fetches: () => fetches };
}

const FR = POSTS.find((p) => p.name === 'fr-annonce').text;
const EN = POSTS.find((p) => p.name === 'en-launch').text;

test('a French page loads the French build only, until the text turns English', async () => {
  const page = loader();
  const [ready] = await page.reply({ type: 'load', locale: 'fr' });
  assert.equal(ready.type, 'ready');
  assert.equal(ready.build, 'fr');
  assert.deepEqual(ready.rules, Full.rules());
  const [configured] = await page.reply({ type: 'configure', id: 'c1', options: { platform: 'linkedin' } });
  assert.equal(configured.error, undefined);
  const [fr] = await page.reply({ type: 'check', id: 1, text: FR, options: {} });
  assert.deepEqual(page.loads, ['fr'], 'no English data for a French text');
  assert.deepEqual(fr.report, new Full({ platform: 'linkedin' }).check(FR));
  // The writer switches to English: the full build answers, under the same configuration.
  const [en] = await page.reply({ type: 'check', id: 2, text: EN, options: {} });
  assert.deepEqual(page.loads, ['fr', 'full']);
  assert.equal(en.type, 'report');
  assert.equal(en.id, 2);
  assert.deepEqual(en.report, new Full({ platform: 'linkedin' }).check(EN));
  assert.ok(en.report.diagnostics.length > 0);
  // And stays on it.
  await page.reply({ type: 'check', id: 3, text: FR, options: {} });
  assert.deepEqual(page.loads, ['fr', 'full']);
  assert.equal(page.posted.filter((m) => m.type === 'report').length, 3, 'one report per check');
});

test('an edit that turns a French page English moves it to the full build, which asks for the text', async () => {
  const page = loader();
  await page.reply({ type: 'load', locale: 'fr' });
  await page.reply({ type: 'configure', id: 'c1', options: { platform: 'linkedin' } });
  const [fr] = await page.reply({ type: 'check', id: 1, text: FR, options: {} });
  assert.equal(fr.report.locale, 'fr');
  // The writer pastes English over the whole post: the French build's delta comes out in
  // English, so the full build takes the edit; its new session does not hold the text.
  const [answer] = await page.reply({ type: 'edit', id: 2, base: 1, start: 0, end: FR.length, text: EN, options: {} });
  assert.deepEqual(page.loads, ['fr', 'full']);
  assert.deepEqual(answer, { type: 'stale', id: 2 });
  const [en] = await page.reply({ type: 'check', id: 3, text: EN, options: {} });
  assert.deepEqual(en.report, new Full({ platform: 'linkedin' }).check(EN));
});

test('a profile, another language or learn moves a one-language page to the full build', async () => {
  const profiled = loader();
  await profiled.reply({ type: 'load', locale: 'en' });
  const [configured] = await profiled.reply({ type: 'configure', id: 'c1', options: { profile: { voice: { max_emoji: 2 } } } });
  assert.equal(configured.error, undefined);
  assert.deepEqual(profiled.loads, ['en', 'full']);

  const other = loader();
  await other.reply({ type: 'load', locale: 'en' });
  await other.reply({ type: 'configure', id: 'c1', options: { locale: 'fr' } });
  assert.deepEqual(other.loads, ['en', 'full']);

  const learning = loader();
  await learning.reply({ type: 'load', locale: 'fr-FR' });
  const [learned] = await learning.reply({ type: 'learn', id: 'l1', posts: [FR, FR], options: {} });
  assert.equal(learned.type, 'learned');
  assert.ok(learned.result?.profile, learned.error);
  assert.deepEqual(learning.loads, ['fr', 'full']);
});

test('a page without a one-language hint loads the full build once', async () => {
  const page = loader();
  const [ready] = await page.reply({ type: 'load', locale: null });
  assert.equal(ready.build, 'full');
  await page.reply({ type: 'configure', id: 'c1', options: {} });
  await page.reply({ type: 'check', id: 1, text: FR, options: {} });
  await page.reply({ type: 'check', id: 2, text: EN, options: {} });
  assert.deepEqual(page.loads, ['full']);
});

/** A post of the bench corpus in `locale` whose full report has findings of the rules that read
 * the word lists. */
function readerPost(locale) {
  const post = corpus.find((p) => p.locale === locale && p.text.length < 3000
    && new Full({ platform: 'linkedin' }).check(p.text).diagnostics.some((d) => READERS.includes(d.rule)));
  assert.ok(post, 'a post with hashtag hints');
  return post.text;
}

/** Resolves once `predicate()` holds (polled), or fails after two seconds. */
async function until(predicate, what) {
  for (let t = 0; t < 2000; t += 2) {
    if (predicate()) return;
    await new Promise((ok) => setTimeout(ok, 2));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('a one-language page answers before its word lists are in, fetches them once, and asks for a new check', async () => {
  let release;
  const inFlight = new Promise((ok) => {
    release = ok;
  });
  const page = loader({
    builds: { ...BUILDS, fr: await loadBuild('fr', 'page-fr') },
    words: async () => {
      await inFlight;
      return WORDS;
    },
  });
  await page.reply({ type: 'load', locale: 'fr' });
  await page.reply({ type: 'configure', id: 'c1', options: { platform: 'linkedin' } });
  assert.equal(page.fetches(), 0, 'nothing fetched before the first check');
  const text = readerPost('fr');
  const full = new Full({ platform: 'linkedin' }).check(text);
  const [first, ...rest] = await page.reply({ type: 'check', id: 1, text, options: {} });
  assert.deepEqual(rest, []);
  assert.equal(first.type, 'report');
  assert.equal(first.provisional, true);
  assert.deepEqual(first.report.diagnostics, full.diagnostics.filter((d) => !READERS.includes(d.rule)));
  assert.equal(page.fetches(), 1);
  // While the lists are on their way, checks are answered (provisionally), not held.
  const [meanwhile] = await page.reply({ type: 'check', id: 2, text, options: {} });
  assert.equal(meanwhile.provisional, true);
  assert.equal(page.fetches(), 1, 'fetched once');
  release();
  await until(() => page.posted.some((m) => m.type === 'refresh'), 'the refresh');
  assert.deepEqual(page.posted.at(-1), { type: 'refresh', reason: 'words' });
  // The check again: the whole report, under the same configuration, from the French build.
  const [second] = await page.reply({ type: 'check', id: 3, text, options: {} });
  assert.equal(second.provisional, undefined);
  assert.deepEqual(second.report, full);
  // An edit on it: a session made after the lists came in.
  const [delta] = await page.reply({ type: 'edit', id: 4, base: 3, start: 0, end: 0, text: 'Bonjour. ', options: {} });
  assert.equal(delta.type, 'delta');
  assert.equal(delta.provisional, undefined);
  assert.equal(page.fetches(), 1);
  assert.deepEqual(page.loads, ['fr']);
});

test('a one-language page whose word lists cannot be had moves to the full build', async () => {
  const page = loader({
    builds: { ...BUILDS, en: await loadBuild('en', 'page-en') },
    words: async () => {
      throw new Error('words.bin: HTTP 404');
    },
  });
  await page.reply({ type: 'load', locale: 'en' });
  await page.reply({ type: 'configure', id: 'c1', options: { platform: 'linkedin' } });
  const text = readerPost('en');
  const [first] = await page.reply({ type: 'check', id: 1, text, options: {} });
  assert.equal(first.provisional, true);
  await until(() => page.posted.some((m) => m.type === 'refresh'), 'the refresh');
  assert.deepEqual(page.loads, ['en', 'full']);
  const [second] = await page.reply({ type: 'check', id: 2, text, options: {} });
  assert.equal(second.provisional, undefined);
  assert.deepEqual(second.report, new Full({ platform: 'linkedin' }).check(text));
});

test('word lists of another build are refused, and the full build answers', async () => {
  const page = loader({
    builds: { ...BUILDS, fr: await loadBuild('fr', 'page-fr-other') },
    words: async () => WORDS.subarray(0, WORDS.length - 1),
  });
  await page.reply({ type: 'load', locale: 'fr' });
  await page.reply({ type: 'configure', id: 'c1', options: { platform: 'x' } });
  const [first] = await page.reply({ type: 'check', id: 1, text: FR, options: {} });
  assert.equal(first.provisional, true);
  await until(() => page.posted.some((m) => m.type === 'refresh'), 'the refresh');
  assert.deepEqual(page.loads, ['fr', 'full']);
});
