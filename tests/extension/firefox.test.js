// The Firefox build in Debian's Firefox ESR over WebDriver BiDi, on the Bluesky and Mastodon
// fixtures: hints, a fix by keyboard that reaches the editor's own model with the caret after
// it and one undo, Mastodon's instance added from the options page and its limit from the page.
// Skipped when Firefox is not installed (make firefox-tools).
import test from 'node:test';
import assert from 'node:assert/strict';
import { PAGES } from './harness.js';
import { hasFirefox, launchFirefox, waitHintsFirefox } from './firefox-harness.js';

const TEXT = 'We are thrilled to announce our launch!!!';
const FIXED = 'We are thrilled to announce our launch!';
const skip = hasFirefox() ? false : 'no firefox-esr or no Firefox build (make firefox-tools extension-firefox)';

let f;
let page;

test.before(async () => {
  if (skip) return;
  f = await launchFirefox();
  page = await f.page();
});
test.after(async () => {
  await f?.close();
});

async function open(site) {
  // In front: a page in a background tab gets no focus events, and Brio attaches on focus.
  await page.bringToFront();
  await page.goto(PAGES[site].url);
  await page.waitForFunction(() => window.fixture?.ready === true, { timeout: 20_000 });
  await page.waitForSelector('brio-overlay', { timeout: 20_000 });
}

const model = () => page.evaluate(() => ({ text: window.fixture.text(), caret: window.fixture.caret() }));

/** Types TEXT, then fixes the "!!!" with Alt+Enter; checks the model, the caret and one undo. */
async function fixByKeyboard(site, { undoGrouping = 600 } = {}) {
  await page.click(PAGES[site].composer);
  await page.keyboard.type(TEXT);
  await waitHintsFirefox(page, 2, { background: f });
  assert.equal((await model()).text, TEXT);
  await new Promise((r) => setTimeout(r, undoGrouping));
  await page.keyboard.press('End');
  await page.keyboard.down('Alt');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Alt');
  await page.waitForFunction((t) => window.fixture.text() === t, { timeout: 10_000 }, FIXED);
  assert.deepEqual(await model(), { text: FIXED, caret: FIXED.length });
  await waitHintsFirefox(page, 1, { exact: true, background: f });
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
  await page.waitForFunction((t) => window.fixture.text() === t, { timeout: 10_000 }, TEXT);
}

test('firefox: bluesky (tiptap in a focus trap): hints, a fix by keyboard, one undo', { skip }, async () => {
  await open('bluesky');
  await fixByKeyboard('bluesky');
});

test('firefox: mastodon: the instance is added in the options, then hints and a fix', { skip }, async () => {
  // The test build opened its options page on install (BiDi cannot navigate to moz-extension:).
  const { options } = f;
  await options.waitForSelector('body[data-ready="true"]');
  await options.type('[data-testid="instance"]', 'mastodon.social');
  await options.click('[data-testid="instance-add"]');
  await options.waitForFunction(
    () => document.querySelector('[data-testid="instance-status"]')?.textContent.includes('now runs on https://mastodon.social'),
    { timeout: 10_000 },
  );
  await open('mastodon');
  await fixByKeyboard('mastodon', { undoGrouping: 0 });
});

test('firefox: no error on any page, nothing sent out', { skip }, () => {
  assert.deepEqual(f.problems, []);
  assert.deepEqual(f.leaks(), []);
});
