// Each CMS plugin on its real editor from npm (www/dist/examples), in Debian's Chromium:
// hints appear on typed text, the saved output holds no hint markup, a fix goes through the
// editor, one undo reverts it, and typing goes on normally after a fix; a large document is
// checked around the caret.
import test from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../browser/harness.js';

const POST = 'We are thrilled to announce our launch!!!';

// Where to click to type in each editor (TinyMCE's is inside its iframe); `all`: where the
// whole document is, when that is more than the first editable (Gutenberg's blocks).
const EDITORS = {
  ckeditor5: { editable: '.ck-editor__editable' },
  tinymce: { frame: 'iframe.tox-edit-area__iframe', editable: 'body' },
  tiptap: { editable: '.ProseMirror' },
  quill: { editable: '.ql-editor' },
  lexical: { editable: '#editor' },
  gutenberg: { editable: '[data-client-id="p1"]', all: '#editor' },
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

/** A new page on an editor's example, ready; `problems` collects its errors as they come. */
async function openExample(name) {
  const page = await h.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  try {
    await page.goto(`${h.origin}/examples/${name}.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  } catch (e) {
    await page.close();
    throw e;
  }
  return { page, problems };
}

for (const [name, spec] of Object.entries(EDITORS)) {
  test(`${name}: hints, clean saved output, fix, undo, typing after a fix`, async () => {
    const { page, problems } = await openExample(name);
    try {
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

// A document over the core's interactive limit (src/window.rs: 64 KB): the plugin passes the
// caret, the report covers only the part around it and says so in the panel, and moving the
// caret far away checks again around its new place, with no edit.
const SECTION = (i) =>
  `Section ${String(i).padStart(3, '0')}. Our team met the growers in Lyon this week to plan the spring catalogue. ` +
  'We tasted the new harvest, wrote down what worked and listed what to change before the summer fair. ' +
  'Next time the whole workshop comes along, so that everyone hears the same feedback first hand.';
const FAR = 260; // ~80 KB in: far outside the part around the start of the document
const LARGE = Array.from({ length: 320 }, (_, i) => (i === FAR ? `Section ${FAR} ends here.` : SECTION(i)));

/** Waits for a report about the text as it is, scoped around the first `needle` in it. */
async function scopedAround(page, needle) {
  await page.waitForFunction(
    (n) => {
      const last = window.example.report();
      if (!last?.report.scope || !window.example.fresh()) return false;
      const at = last.text.indexOf(n);
      return at >= 0 && last.report.scope.start <= at && at <= last.report.scope.end;
    },
    needle,
    { timeout: 30_000 },
  );
  return page.evaluate((n) => {
    const { text, report } = window.example.report();
    return { at: text.indexOf(n), length: text.length, scope: report.scope, diagnostics: report.diagnostics };
  }, needle);
}

for (const [name, spec] of Object.entries(EDITORS)) {
  test(`${name}: a large document is checked around the caret, and the panel says so`, async () => {
    const { page, problems } = await openExample(name);
    try {
      await page.evaluate((paragraphs) => window.example.load(paragraphs), LARGE);
      const box = editable(page, { ...spec, editable: spec.all ?? spec.editable });

      // Click into a paragraph far down and type there: the report is about the part around it.
      await box.getByText(`Section ${FAR} ends here.`).first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Wow!!!');
      let state = await scopedAround(page, `Section ${FAR} ends here. Wow!!!`);
      assert.ok(new TextEncoder().encode(LARGE.join('\n')).length > 64 * 1024);
      assert.equal(state.scope.total, state.length);
      assert.ok(state.scope.start > 0, `scope ${state.scope.start}..${state.scope.end} starts at the top`);
      assert.ok(state.scope.end - state.scope.start < state.length / 2, 'only a part was checked');
      assert.ok(
        state.diagnostics.some((d) => d.rule === 'tone/exclamation' && d.start > state.at),
        'the typed "!!!" is flagged',
      );

      // The panel tells the writer that only the part around the caret was checked.
      const note = page.locator('[data-brio-scope]');
      await note.waitFor({ state: 'visible', timeout: 5_000 });
      assert.equal(await note.textContent(), state.scope.message);
      assert.match(state.scope.message, /caret/);

      // Moving the caret back near the top, without typing, checks there; then to the middle
      // (twice: an editor may take the first click after typing as the end of an undo step).
      const top = SECTION(5).slice(0, 12);
      await box.getByText(top).first().click();
      state = await scopedAround(page, top);
      assert.ok(state.scope.end < state.length / 2, 'the part around the new caret');
      const middle = SECTION(150).slice(0, 12);
      await box.getByText(middle).first().click();
      state = await scopedAround(page, middle);
      assert.ok(state.scope.start > 0 && state.scope.end < state.length, 'the part around the middle');
      assert.deepEqual(problems, []);
    } finally {
      await page.screenshot({ path: `test-results/integration-${name}-large.png` }).catch(() => {});
      await page.close();
    }
  });
}

// A worker that crashed is shown in the panel (what happened, what to do) at once; the next
// check restarts it, configured; a worker that cannot start again leaves the gate unavailable.
for (const name of ['tiptap', 'gutenberg']) {
  test(`${name}: a crashed worker is shown, restarted by the next check; the gate never passes without one`, async () => {
    const { page, problems } = await openExample(name);
    try {
      const box = editable(page, EDITORS[name]);
      await box.click();
      await page.keyboard.type(POST);
      await settled(page);
      const problem = page.locator('[data-brio-problem]');
      assert.equal(await problem.isVisible(), false);

      // The worker dies (as a wasm trap kills it): said at once, before any check.
      await page.evaluate(() => {
        const { worker } = window.example.client;
        worker.brioTestOld = true;
        worker.dispatchEvent(new ErrorEvent('error', { message: 'RuntimeError: unreachable' }));
      });
      await problem.waitFor({ state: 'visible', timeout: 5_000 });
      assert.match(await problem.textContent(), /stopped.*unreachable.*restarts with the next check/s);

      // The next check (typing on) restarts it, configured again; the gate answers.
      await box.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Join us.');
      await problem.waitFor({ state: 'hidden', timeout: 10_000 });
      assert.equal(await page.evaluate(() => window.example.client.worker.brioTestOld), undefined, 'a new worker');
      assert.equal((await settled(page)).text, `${POST} Join us.`);
      await page.click('#publish');
      await page.waitForFunction(() => document.getElementById('verdict').dataset.verdict, null, { timeout: 15_000 });
      assert.equal(await page.getAttribute('#verdict', 'data-verdict'), 'review');

      // A worker that can no longer start: the gate says it could not check, never "publish".
      await page.evaluate(() => {
        const { client } = window.example;
        client.createWorker = () => {
          const dead = Object.assign(new EventTarget(), { postMessage() {}, terminate() {} });
          setTimeout(() => dead.dispatchEvent(new ErrorEvent('error', { message: 'the script failed to load' })), 0);
          return dead;
        };
        client.worker.dispatchEvent(new ErrorEvent('error', { message: 'RuntimeError: unreachable' }));
        document.getElementById('verdict').removeAttribute('data-verdict');
      });
      // Text the last report is not about: the gate must check, and cannot.
      await box.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Now');
      await page.click('#publish');
      await page.waitForFunction(() => document.getElementById('verdict').dataset.verdict, null, { timeout: 15_000 });
      assert.equal(await page.getAttribute('#verdict', 'data-verdict'), 'unavailable');
      assert.match(await page.textContent('#verdict'), /could not start/);
      await problem.waitFor({ state: 'visible', timeout: 5_000 });
      assert.deepEqual(problems, []);
    } finally {
      await page.screenshot({ path: `test-results/integration-${name}-crash.png` }).catch(() => {});
      await page.close();
    }
  });
}

test('nothing left the origin', () => {
  assert.deepEqual(h.foreign(), []);
});
