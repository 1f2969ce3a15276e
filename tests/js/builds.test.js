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

async function loadBuild(dir) {
  const glue = await import(new URL(`../../pkg/${dir}/brio.js`, import.meta.url));
  glue.initSync({ module: readFileSync(new URL(`../../pkg/${dir}/brio_bg.wasm`, import.meta.url)) });
  return glue.Checker;
}
const BUILDS = { full: Full, fr: await loadBuild('fr'), en: await loadBuild('en') };

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

test('a post in the other language comes out in that language, without its packs', () => {
  const post = POSTS.find((p) => p.name === 'en-launch').text;
  const full = new Full().check(post);
  const fr = new BUILDS.fr().check(post);
  assert.equal(fr.locale, 'en');
  assert.ok(fr.diagnostics.length < full.diagnostics.length, 'the English packs are missing');
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

/** A loader over the Node builds that records which builds it loaded and what it posted. */
function loader() {
  const loads = [];
  const posted = [];
  const handle = createLoader(async (build) => {
    loads.push(build);
    return BUILDS[build];
  }, (m) => posted.push(m));
  const reply = async (data) => {
    const before = posted.length;
    await handle(data);
    return posted.slice(before);
  };
  return { loads, posted, reply };
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
