// The editor layer on its own (www/dist/fixture.html), with a scripted checker so that fixes
// exist whatever rules the core has: a fix is one undo step, a fix on changed text is refused,
// underlines follow typing; on a contenteditable too, through the CSS Custom Highlight API.
import test from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.js';

let h;
let page;
test.before(async () => {
  h = await start();
  page = h.page;
  await page.goto(`${h.origin}/fixture.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});
test.after(async () => {
  await h?.stop();
});

/** Waits for the editor `id`'s report to be about its current text. */
async function settle(id) {
  await page.waitForFunction((id) => {
    const el = document.getElementById(id);
    const text = el instanceof HTMLTextAreaElement ? el.value : el.innerText.replace(/\n$/, '');
    return window.fixture.reports[id === 'ce-real' ? 'real' : id]?.text === text;
  }, id, { timeout: 10_000 });
}

async function typeInto(id, text) {
  await page.locator(`#${id}`).click();
  await page.keyboard.type(text);
  await settle(id);
}

test('textarea: a fix from the hover card is applied, then undone by Ctrl+Z', async () => {
  await typeInto('ta', 'I saw teh cat!!');
  const mark = page.locator('[data-brio-overlay] mark.warning').first();
  assert.equal(await mark.textContent(), 'teh');
  const box = await mark.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.locator('[data-brio-popover] [data-rule="fixture/teh"]');
  await card.waitFor();
  await card.getByTestId('apply-fix').click();
  assert.equal(await page.locator('#ta').inputValue(), 'I saw the cat!!');
  await settle('ta');
  await page.keyboard.press('Control+Z');
  assert.equal(await page.locator('#ta').inputValue(), 'I saw teh cat!!');
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await page.locator('#ta').inputValue(), 'I saw the cat!!');
});

test('textarea: a fix on text changed since the check is refused', async () => {
  await page.locator('#ta').fill('');
  await typeInto('ta', 'teh end!!');
  const result = await page.evaluate(() => {
    const ta = document.getElementById('ta');
    ta.focus();
    ta.setSelectionRange(0, 0);
    document.execCommand('insertText', false, 'So ');
    return window.fixture.applyFix('ta', 0);
  });
  assert.equal(result.ok, false);
  assert.match(result.reason, /changed/);
  assert.equal(await page.locator('#ta').inputValue(), 'So teh end!!');
});

test('textarea: underlines follow typing before the next report', async () => {
  await page.locator('#ta').fill('');
  await typeInto('ta', 'teh one!!');
  // An edit between the marks: the first stays, the second moves. (An edit touching a mark drops
  // it until the next report: the word it flagged has changed.)
  const shifted = await page.evaluate(() => {
    const ta = document.getElementById('ta');
    ta.focus();
    ta.setSelectionRange(4, 4);
    document.execCommand('insertText', false, 'xx ');
    return [...document.querySelector('[data-brio-overlay]').shadowRoot.querySelectorAll('mark')].map((m) => m.textContent);
  });
  assert.deepEqual(shifted, ['teh', '!!']);
});

test('contenteditable: highlights per severity, fix and undo', async () => {
  await typeInto('ce', 'Look at teh sky!!');
  const sizes = await page.evaluate(() => ({
    warning: CSS.highlights.get('brio-warning')?.size,
    info: CSS.highlights.get('brio-info')?.size,
  }));
  assert.deepEqual(sizes, { warning: 1, info: 1 });
  const result = await page.evaluate(() => window.fixture.applyFix('ce', 1));
  assert.deepEqual(result, { ok: true });
  assert.equal(await page.locator('#ce').innerText(), 'Look at teh sky!');
  await page.keyboard.press('Control+Z');
  assert.equal(await page.locator('#ce').innerText(), 'Look at teh sky!!');
});

test('contenteditable on the real worker: the overflow on X is highlighted', async () => {
  await typeInto('ce-real', 'a'.repeat(285));
  const report = await page.evaluate(() => window.fixture.reports.real.report);
  assert.deepEqual([report.length.used, report.length.limit], [285, 280]);
  const sizes = await page.evaluate(() => ({
    error: CSS.highlights.get('brio-error')?.size,
    overflow: CSS.highlights.get('brio-overflow')?.size,
  }));
  assert.deepEqual(sizes, { error: 1, overflow: 1 });
});

test('nothing left the origin', () => {
  assert.deepEqual(h.foreign(), []);
  assert.deepEqual(h.problems, []);
});
