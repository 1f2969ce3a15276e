// What a one-language page fetches (docs/npm.md, "Builds"): the editor fixture as a French page
// (fixture.html?locale=fr) loads the French build's .wasm only, until the text turns English;
// then the full build's, whose hints the English text gets. The hashtag word lists
// (words.bin) come after the first report, and the hints that read them follow.
import test from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { start, root } from './harness.js';

const size = (path) => statSync(path).size;
const BUILD_OF_SIZE = new Map([
  [size(`${root}pkg/brio_bg.wasm`), 'full'],
  [size(`${root}pkg/fr/brio_bg.wasm`), 'fr'],
  [size(`${root}pkg/en/brio_bg.wasm`), 'en'],
]);

let h;
let page;
test.before(async () => {
  h = await start();
  page = h.page;
  await page.goto(`${h.origin}/fixture.html?locale=fr`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});
test.after(async () => {
  await h?.stop();
});

/** The builds whose .wasm the page fetched, in order (told apart by their sizes in www/dist). */
const fetchedBuilds = () =>
  h.requests
    .filter((u) => u.endsWith('.wasm'))
    .map((u) => BUILD_OF_SIZE.get(size(`${root}www/dist/${new URL(u).pathname.slice(1)}`)) ?? u);

async function typeReal(text) {
  await page.locator('#ce-real').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.waitForFunction((text) => {
    const el = document.getElementById('ce-real');
    return window.fixture.reports.real?.text === el.innerText.replace(/\n$/, '') && el.innerText.trim() === text;
  }, text, { timeout: 20_000 });
  return page.evaluate(() => window.fixture.reports.real.report);
}

/** How many times the page fetched the word lists (words.bin, renamed by webpack). */
const wordFetches = () => h.requests.filter((u) => /\/words\.[^/]*bin$/.test(new URL(u).pathname)).length;

const FR = 'Nous sommes fiers de vous annoncer notre partenariat avec des solutions innovantes !';
const TAGGED = 'Nous ouvrons notre atelier à Nantes samedi. #atelierbois #Nantes';
const EN = 'We are thrilled to announce that we leverage best-in-class synergies!!!';

test('a French page fetches the French build only, and the full build when the text turns English', async () => {
  assert.equal(await page.evaluate(() => window.fixture.build()), 'fr');
  const fr = await typeReal(FR);
  assert.equal(fr.locale, 'fr');
  assert.ok(fr.diagnostics.length > 0, 'French hints from the French build');
  assert.deepEqual(fetchedBuilds(), ['fr'], 'no English data before an English text');

  // The word lists came after the first report: a run-together tag is read once they are in.
  await page.waitForFunction(() => window.fixture.build() === 'fr');
  const tagged = await typeReal(TAGGED);
  const casing = async () => (await page.evaluate(() => window.fixture.reports.real.report)).diagnostics
    .filter((d) => d.rule === 'hashtag/casing').map((d) => d.suggestions[0]?.replacement);
  if (!tagged.diagnostics.some((d) => d.rule === 'hashtag/casing')) {
    await page.waitForFunction(() => window.fixture.reports.real.report.diagnostics.some((d) => d.rule === 'hashtag/casing'), null, { timeout: 20_000 });
  }
  assert.deepEqual(await casing(), ['#AtelierBois']);
  assert.equal(wordFetches(), 1, 'the word lists, once');
  assert.deepEqual(fetchedBuilds(), ['fr']);

  const en = await typeReal(EN);
  assert.equal(en.locale, 'en');
  assert.ok(en.diagnostics.some((d) => d.rule.startsWith('tone/')), `English hints: ${en.diagnostics.map((d) => d.rule)}`);
  assert.deepEqual(fetchedBuilds(), ['fr', 'full']);
  assert.deepEqual(h.foreign(), []);
  assert.deepEqual(h.problems, []);
});
