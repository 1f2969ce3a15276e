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

test('contenteditable: the caret is mapped everywhere, an empty paragraph included', async () => {
  // "One\n\nThree": the empty paragraph is the line at offset 4.
  const at = async (path, offset) =>
    page.evaluate(
      async ({ path, offset }) => {
        const root = document.getElementById('ce-p');
        let node = root;
        for (const i of path) node = node.childNodes[i];
        root.focus();
        const sel = getSelection();
        sel.removeAllRanges();
        const range = new Range();
        range.setStart(node, offset);
        sel.addRange(range);
        await window.fixture.check('ce-p');
        return window.fixture.options['ce-p'].caret;
      },
      { path, offset },
    );
  assert.equal(await at([1], 0), 4, 'in the empty paragraph');
  assert.equal(await at([0], 1), 3, 'at the end of the first paragraph, on the element');
  assert.equal(await at([2, 0], 2), 7, 'in the text of the third');
  assert.equal(await at([], 2), 4, 'on the root, between the empty paragraph and the third: the end of the empty one');
  // Typing in the empty paragraph puts the text where the caret said.
  await at([1], 0);
  await page.keyboard.type('Two');
  await page.waitForFunction(() => window.fixture.reports['ce-p']?.text === 'One\nTwo\nThree', null, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => window.fixture.options['ce-p'].caret), 7);
});

test('textarea: in a long text with many marks, typing keeps the mirror equal to the text', async () => {
  const unit = 'I saw teh cat!! And then ';
  await page.evaluate((text) => {
    const ta = document.getElementById('ta');
    ta.focus();
    ta.select();
    document.execCommand('insertText', false, text);
  }, unit.repeat(400));
  await settle('ta');
  const mirror = () =>
    page.evaluate(() => {
      const m = document.querySelector('[data-brio-overlay]').shadowRoot.querySelector('.mirror');
      return { text: m.textContent, marks: [...m.querySelectorAll('mark')].map((x) => x.textContent) };
    });
  let seen = await mirror();
  assert.equal(seen.text, unit.repeat(400));
  assert.equal(seen.marks.length, 800);
  // Type in the middle, inside a mark, and at the end (a report between each: marks between
  // two edits made without one are dropped until it comes): the mirror holds the textarea's
  // text at each keystroke, before any new report.
  const typeAt = async (at, text) => {
    await page.evaluate((at) => document.getElementById('ta').setSelectionRange(at, at), at);
    await page.keyboard.type(text);
    const m = await mirror();
    const value = await page.locator('#ta').inputValue();
    assert.equal(m.text, value.endsWith('\n') ? `${value} ` : value, 'a final newline is mirrored with a space after it');
    assert.ok(m.marks.every((x) => x === 'teh' || x === '!!'), m.marks.filter((x) => x !== 'teh' && x !== '!!').join());
    await settle('ta');
    return m.marks.length;
  };
  assert.equal(await typeAt(unit.length * 200 + 3, 'xy'), 800, 'typing outside the marks keeps them all');
  assert.equal(await typeAt(unit.length * 300 + 2 + 7, 'z'), 799, 'the mark the typing touched is dropped');
  const value = await page.locator('#ta').inputValue();
  assert.equal(await typeAt(value.length, '\n'), 799, '"tzeh" is no longer flagged');
  seen = await mirror();
  assert.equal(seen.marks.length, 799);
  assert.equal(seen.text, `${await page.locator('#ta').inputValue()} `);
});
