// Each CMS plugin on its real editor from npm (www/dist/examples), in Debian's Chromium:
// hints appear on typed text, the saved output holds no hint markup, a fix goes through the
// editor, one undo reverts it, and typing goes on normally after a fix.
import test from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../browser/harness.js';

const POST = 'We are thrilled to announce our launch!!!';

// Where to click to type in each editor (TinyMCE's is inside its iframe).
const EDITORS = {
  ckeditor5: { editable: '.ck-editor__editable' },
  tinymce: { frame: 'iframe.tox-edit-area__iframe', editable: 'body' },
  tiptap: { editable: '.ProseMirror' },
  quill: { editable: '.ql-editor' },
  lexical: { editable: '#editor' },
  gutenberg: { editable: '[data-client-id="p1"]' },
};

let h;
test.before(async () => {
  h = await start();
});
test.after(async () => {
  await h?.stop();
});

function editable(page, { frame, editable: selector }) {
  return frame ? page.frameLocator(frame).locator(selector) : page.locator(selector);
}

/** Waits until the plugin's newest report is about the editor's current text. */
async function settled(page) {
  await page.waitForFunction(() => window.example.fresh(), null, { timeout: 15_000 });
  return page.evaluate(() => {
    const { text, report, verdict } = window.example.report();
    // Gutenberg's second, empty paragraph reads as a final "\n".
    return { text: text.trimEnd(), rules: report.diagnostics.map((d) => d.rule), verdict };
  });
}

const HINT_MARKUP = /brio|<mark|data-brio|highlight/i;

for (const [name, spec] of Object.entries(EDITORS)) {
  test(`${name}: hints, clean saved output, fix, undo, typing after a fix`, async () => {
    const page = await h.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    try {
      await page.goto(`${h.origin}/examples/${name}.html`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      const box = editable(page, spec);
      await box.click();
      await page.keyboard.type(POST);

      // Hints on typed text, painted inside the editor.
      let state = await settled(page);
      assert.equal(state.text, POST);
      assert.ok(state.rules.includes('tone/institutional'), state.rules.join());
      assert.ok(state.rules.includes('tone/exclamation'), state.rules.join());
      await page.waitForFunction(() => window.example.painted() >= 2, null, { timeout: 5_000 });
      assert.equal(state.verdict.verdict, 'review');

      // What the editor saves carries no hint.
      const saved = await page.evaluate(() => window.example.saved());
      assert.match(saved, /thrilled to announce/);
      assert.doesNotMatch(saved, HINT_MARKUP);

      // A fix through the editor: its model holds the fixed text.
      const fixed = await page.evaluate(() => window.example.fixOf('tone/exclamation'));
      assert.deepEqual(fixed, { ok: true });
      assert.equal(await page.evaluate(() => window.example.text().trimEnd()), POST.replace('!!!', '!'));
      assert.doesNotMatch(await page.evaluate(() => window.example.saved()), HINT_MARKUP);

      // One undo step reverts it (the editor's own undo, from the keyboard).
      await box.click();
      await page.keyboard.press('Control+Z');
      await page.waitForFunction((post) => window.example.text().trimEnd() === post, POST, { timeout: 5_000 });

      // Fix again, then type on: the text continues after the fix.
      state = await settled(page);
      assert.deepEqual(await page.evaluate(() => window.example.fixOf('tone/exclamation')), { ok: true });
      await box.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Join us.');
      await page.waitForFunction(
        (want) => window.example.text().trimEnd() === want,
        POST.replace('!!!', '! Join us.'),
        { timeout: 5_000 },
      );
      state = await settled(page);
      assert.ok(!state.rules.includes('tone/exclamation'), state.rules.join());

      // The pre-publish gate, through the page's Publish button.
      await page.click('#publish');
      await page.waitForFunction(() => document.getElementById('verdict').dataset.verdict);
      assert.equal(await page.getAttribute('#verdict', 'data-verdict'), state.verdict.verdict);
      assert.deepEqual(problems, []);
    } finally {
      await page.screenshot({ path: `test-results/integration-${name}.png` }).catch(() => {});
      await page.close();
    }
  });
}

test('nothing left the origin', () => {
  assert.deepEqual(h.foreign(), []);
});
