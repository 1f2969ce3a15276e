// The extension on the composers as the platforms build them (the fixtures say where each
// structure comes from): a composer inside LinkedIn's open shadow root, LinkedIn's Tiptap comment
// box and its own limit, every editor of an X or Threads thread, X's DM box and Articles editor
// as negative controls (no hints), Bluesky's mention atoms, Mastodon's limit read from the page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { MASTODON_MAX_CHARACTERS, PAGES, addMastodon, cardOf, hints, overlayQuery, launch, meterText, openCard, openComposer, waitHints, waitMeter } from './harness.js';

const TEXT = 'We are thrilled to announce our launch!!!';
const FIXED = 'We are thrilled to announce our launch!';

let h;
let page;

test.before(async () => {
  h = await launch();
  page = await h.page();
  await addMastodon(h);
});
test.after(async () => {
  await h?.close();
});

/** Types `text` in the `index`th element matching `selector` and waits for its hints. */
async function typeIn(selector, index, text = TEXT) {
  await page.locator(selector).nth(index).click();
  await page.keyboard.type(text);
  await waitHints(page, 2, `hints in ${selector} #${index}`, { atLeast: true });
}

test('linkedin: the card stays open while the writer clicks in the shadow-root composer', async () => {
  await openComposer(page, 'linkedin');
  // The composer really is inside #interop-outlet's shadow root.
  assert.equal(await page.evaluate(() => window.fixture.element().getRootNode() instanceof ShadowRoot), true);
  await typeIn(PAGES.linkedin.composer, 0);
  const card = await openCard(page, 'tone/exclamation');
  // Press (not yet release) on the composer, where its "!!!" line ends: the card must not close.
  const end = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(window.fixture.element());
    const rects = [...range.getClientRects()];
    const last = rects[rects.length - 1];
    return { x: last.right - 2, y: last.top + last.height / 2 };
  });
  await page.mouse.move(end.x, end.y);
  await page.mouse.down();
  await page.waitForTimeout(150);
  assert.ok(await card.isVisible(), 'the card closed on a press inside the composer');
  await page.mouse.up();
  await page.waitForTimeout(150);
  assert.ok(await card.isVisible(), 'the card closed on a click inside the composer');
  // A press outside both still closes it.
  await page.mouse.click(5, 5);
  await card.waitFor({ state: 'hidden' });
});

test('linkedin: a composer focused before the script ran is found through the shadow root', async () => {
  // The page focuses its composer as it loads, before the content script (document_idle) runs:
  // no focus event reaches the script, which must find the composer behind the shadow host.
  await openComposer(page, 'linkedin', `${PAGES.linkedin.url}?focus`);
  await page.keyboard.type(TEXT);
  await waitHints(page, 2, 'hints', { atLeast: true });
  await waitMeter(page, `${TEXT.length} / 3000`);
});

test('linkedin: the Tiptap comment box has hints and the comment limit', async () => {
  await openComposer(page, 'linkedin');
  await typeIn('[aria-label="Text editor for creating comment"]', 0);
  await waitMeter(page, `${TEXT.length} / 1250`);
  const card = await openCard(page, 'tone/exclamation');
  await card.clickFix();
  await page.waitForFunction((t) => window.fixture.texts()[1] === t, FIXED, { timeout: 5_000 });
});

test('x: hints in every composer of a thread', async () => {
  await openComposer(page, 'x');
  for (const i of [1, 2]) {
    await typeIn('[data-testid^="tweetTextarea_"][contenteditable="true"]', i, `Post ${i}: ${TEXT}`);
    await waitMeter(page, `${TEXT.length + 8} / 280`);
  }
  const card = await openCard(page, 'tone/exclamation');
  await card.clickFix();
  await page.waitForFunction((t) => window.fixture.texts()[2] === t, `Post 2: ${FIXED}`, { timeout: 5_000 });
  assert.deepEqual(await page.evaluate(() => window.fixture.texts()), ['', `Post 1: ${TEXT}`, `Post 2: ${FIXED}`]);
});

test('x: hashtags, mentions and links are decorated spans, and the text is read through them', async () => {
  await openComposer(page, 'x');
  await typeIn(PAGES.x.composer, 0, `Hi @brio see https://brio.co.uk #launch ${TEXT}`);
  assert.equal(await page.locator('.r-hashtag').count(), 1);
  const card = await openCard(page, 'tone/exclamation');
  await card.clickFix();
  await page.waitForFunction((t) => window.fixture.text() === t, `Hi @brio see https://brio.co.uk #launch ${FIXED}`, { timeout: 5_000 });
});

for (const [what, url] of [['the DM box', 'https://x.com/messages'], ['the Articles editor', 'https://x.com/compose/articles']]) {
  test(`x: ${what} is not a post: no hints, no 280 meter`, async () => {
    await openComposer(page, 'x', url);
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(TEXT);
    await page.waitForTimeout(1000);
    assert.equal(await hints(page), 0);
    assert.equal(await meterText(page), null);
  });
}

test('threads: hints in every editor of the thread', async () => {
  await openComposer(page, 'threads');
  for (const i of [0, 2]) {
    await typeIn('[role="textbox"]', i);
    await waitMeter(page, `${TEXT.length} / 500`);
  }
  await page.keyboard.press('End');
  const card = await openCard(page, 'tone/exclamation');
  await card.clickFix();
  await page.waitForFunction((t) => window.fixture.texts()[2] === t, FIXED, { timeout: 5_000 });
  assert.deepEqual(await page.evaluate(() => window.fixture.texts()), [TEXT, '', FIXED]);
});

test('facebook: mention and hashtag nodes in the text; the fix by keyboard keeps them', async () => {
  await openComposer(page, 'facebook');
  await page.locator(PAGES.facebook.composer).click();
  await page.evaluate(() => window.fixture.insertMention('Alice Martin'));
  await page.keyboard.type(` and #launch: ${TEXT}`);
  await waitHints(page, 2, 'hints', { atLeast: true });
  assert.equal(await page.locator('[role="dialog"] [data-lexical-hashtag]').count(), 1);
  await page.waitForTimeout(1100); // Lexical groups edits within 1 s into one undo step
  await page.keyboard.press('End');
  await page.keyboard.press('Alt+Enter');
  await page.waitForFunction((t) => window.fixture.text() === t, `Alice Martin and #launch: ${FIXED}`, { timeout: 5_000 });
  assert.equal(await page.locator('[role="dialog"] [data-lexical-mention]').count(), 1, 'the mention is kept');
  assert.equal(await page.locator('[role="dialog"] [data-lexical-hashtag]').count(), 1, 'the hashtag is kept');
});

test('facebook: the comment box has the comment limit; Messenger\'s box gets no hints', async () => {
  await openComposer(page, 'facebook');
  await typeIn('[aria-label="Write a comment…"]', 0);
  await waitMeter(page, `${TEXT.length} / 8000`);
  await page.locator('[aria-label="Message"]').click();
  await page.keyboard.type(TEXT);
  await page.waitForTimeout(1000);
  assert.equal(await hints(page), 0);
  assert.equal(await meterText(page), null);
});

test('bluesky: a mention atom before the text; the fix lands after it', async () => {
  await openComposer(page, 'bluesky');
  await page.locator(PAGES.bluesky.composer).click();
  await page.evaluate(() => window.fixture.insertMention('alice.bsky.social'));
  assert.equal(await page.locator('[role="dialog"] span.mention').count(), 1);
  await page.keyboard.type(` ${TEXT}`);
  await waitHints(page, 2, 'hints', { atLeast: true });
  await page.waitForTimeout(600);
  const card = await openCard(page, 'tone/exclamation');
  await card.clickFix();
  await page.waitForFunction((t) => window.fixture.text() === t, `@alice.bsky.social ${FIXED}`, { timeout: 5_000 });
  assert.equal(await page.locator('[role="dialog"] span.mention').count(), 1, 'the mention atom is kept');
});

test('bluesky: a fix by keyboard inside the focus trap, the focus never leaving the editor', async () => {
  await openComposer(page, 'bluesky');
  await page.locator(PAGES.bluesky.composer).click();
  await page.keyboard.type(TEXT);
  await waitHints(page, 2, 'hints', { atLeast: true });
  await page.waitForTimeout(600); // ProseMirror groups edits within 0.5 s into one undo step
  const inEditor = () => page.evaluate(() => document.activeElement === window.fixture.element());
  await page.keyboard.press('End');
  await page.keyboard.press('Alt+KeyH');
  await cardOf(page, 'tone/exclamation').waitFor();
  assert.ok(await inEditor(), 'Alt+H moved the focus');
  // Screen readers hear the card (a live region beside it) and the count (the overlay's).
  const live = async () => (await overlayQuery(page, '[aria-live="polite"]')).map((r) => r.text);
  for (let i = 0; !(await live()).some((t) => /tone\/exclamation: .+ Alt\+Enter: /.test(t)) && i < 20; i++) await page.waitForTimeout(100);
  const said = await live();
  assert.ok(said.some((t) => /tone\/exclamation: .+ Alt\+Enter: /.test(t)), said.join(' | '));
  assert.ok(said.some((t) => /^Brio: \d+ writing hints?\./.test(t)), said.join(' | '));
  await page.keyboard.press('Alt+Enter');
  await page.waitForFunction((t) => window.fixture.text() === t, FIXED, { timeout: 5_000 });
  assert.equal(await page.evaluate(() => window.fixture.caret()), FIXED.length);
  assert.ok(await inEditor(), 'Alt+Enter moved the focus');
  await waitHints(page, 1, 'hints after the fix');
  // Alt+Enter went to Brio, not to the editor: no new paragraph.
  assert.equal(await page.locator('[role="dialog"] .ProseMirror p').count(), 1);
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((t) => window.fixture.text() === t, TEXT, { timeout: 5_000 });
});

test('mastodon: the limit is the server\'s, read from the page', async () => {
  await openComposer(page, 'mastodon');
  await page.locator(PAGES.mastodon.composer).click();
  await page.keyboard.type(TEXT);
  await waitMeter(page, `${TEXT.length} / ${MASTODON_MAX_CHARACTERS}`);
});

test('no error on any page, nothing sent out', () => {
  assert.deepEqual(h.problems, []);
  assert.deepEqual(h.leaks(), []);
});
