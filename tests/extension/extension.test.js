// The extension in Debian's Chromium, on each platform's composer as a fixture page mounting the
// real editor package (Draft.js, Quill, Lexical, Tiptap, a textarea), served at the platform's own
// address under a CSP that forbids wasm in the page. One browser context for the whole file.
//
// For each composer: typing shows hints; a fix reaches the editor's OWN model (not only its DOM),
// leaves the caret after the replacement and is one undo step. Then, on every composer fixture
// (LinkedIn's comment box too): opt-outs, IME composition, live settings from the options page,
// the service worker stopped and woken; and no request leaving the machine.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  COMPOSERS, MASTODON_MAX_CHARACTERS, PAGES, hints, launch, overlayQuery, openCard as openCardIn, openComposer, root, waitHints as waitHintsIn, waitMeter,
} from './harness.js';

const TEXT = 'We are thrilled to announce our launch!!!';
const FIXED = 'We are thrilled to announce our launch!';
const LIMITS = { x: 280, linkedin: 3000, facebook: 63206, instagram: 2200, threads: 500, bluesky: 300, mastodon: MASTODON_MAX_CHARACTERS };

/** The message of the error the wasm package throws for `profile`, in Node. */
async function checkerError(profile) {
  const brio = await import(pathToFileURL(join(root, 'pkg/brio.js')));
  brio.initSync({ module: readFileSync(join(root, 'pkg/brio_bg.wasm')) });
  try {
    new brio.Checker({ profile });
  } catch (e) {
    return e.message;
  }
  return null;
}

let h;
let page;
let options;

test.before(async () => {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  h = await launch();
  page = await h.page();
});
test.after(async () => {
  await h?.close();
});

const composer = (site) => page.locator(PAGES[site].composer).first();
const model = () => page.evaluate(() => ({ text: window.fixture.text(), caret: window.fixture.caret() }));

const waitHints = (n, what, options) => waitHintsIn(page, n, what, options);

async function openOptions() {
  if (!options || options.isClosed()) {
    options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
  }
  return options;
}

const openCard = (rule) => openCardIn(page, rule);

test('manifest: composer origins only, Mastodon optional, wasm allowed in the extension only', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'extension/dist/manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.background, { service_worker: 'background.js', type: 'module' });
  assert.deepEqual(manifest.host_permissions.sort(), [
    'https://bsky.app/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.instagram.com/*',
    'https://www.linkedin.com/*', 'https://www.threads.com/*', 'https://www.threads.net/*', 'https://x.com/*',
  ]);
  assert.deepEqual(manifest.optional_host_permissions, ['https://*/*']);
  assert.deepEqual(manifest.content_scripts[0].matches.sort(), manifest.host_permissions);
  assert.ok(!JSON.stringify(manifest).includes('<all_urls>'));
  assert.match(manifest.content_security_policy.extension_pages, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'self'/);
});

test('options: a Mastodon instance is granted and its content script registered', async () => {
  const o = await openOptions();
  await o.getByTestId('instance').fill('mastodon.social');
  await o.getByTestId('instance-add').click();
  await o.getByTestId('instance-status').filter({ hasText: 'now runs on https://mastodon.social' }).waitFor();
  const registered = await h.worker().evaluate(() => chrome.scripting.getRegisteredContentScripts());
  assert.deepEqual(registered.map((s) => [s.id, s.matches]), [['brio-mastodon', ['https://mastodon.social/*']]]);
});

for (const site of Object.keys(PAGES)) {
  test(`${site} (${PAGES[site].editor}): hints, a fix in the editor's own model, caret after it, one undo`, async () => {
    await openComposer(page, site);
    // The page cannot run wasm: its CSP refuses it, so the checks must come from the extension.
    const pageWasm = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (e) => e.message),
    );
    assert.match(pageWasm, /Refused to compile|unsafe-eval|Content Security/i);

    await composer(site).click();
    await page.keyboard.type(TEXT);
    await waitHints(2, 'hints after typing', { atLeast: true });
    assert.equal((await model()).text, TEXT);
    await waitMeter(page, `${TEXT.length} / ${LIMITS[site]}`);

    // Hints are drawn without touching the editor's DOM: nothing mutates it while they show.
    const mutations = await page.evaluate(async () => {
      const el = window.fixture.element();
      let n = 0;
      const observer = new MutationObserver((records) => (n += records.length));
      observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
      await new Promise((r) => setTimeout(r, 400));
      observer.disconnect();
      return n;
    });
    assert.equal(mutations, 0);

    // Editors group edits made within a second of each other into one undo step (Quill: 1 s,
    // Lexical: 1 s, ProseMirror: 0.5 s); a writer reads the card first. Wait as long.
    await page.waitForTimeout(1100);
    const card = await openCard('tone/exclamation');
    if (site === 'x') await page.screenshot({ path: join(root, 'test-results/extension-x.png') });
    await card.clickFix();
    await page.waitForFunction((t) => window.fixture.text() === t, FIXED, { timeout: 5_000 });
    assert.deepEqual(await model(), { text: FIXED, caret: FIXED.length });
    await waitHints(1, 'hints after the fix');

    await page.keyboard.press('Control+Z');
    await page.waitForFunction((t) => window.fixture.text() === t, TEXT, { timeout: 5_000 });
    await waitHints(2, 'hints after undo', { atLeast: true });
  });
}

test('aliases: twitter.com is X and www.threads.com is Threads, with their limits', async () => {
  for (const [url, limit] of [['https://twitter.com/compose/tweet', 280], ['https://www.threads.com/', 500]]) {
    await page.goto(url);
    await page.waitForFunction(() => window.fixture?.ready === true, null, { timeout: 20_000 });
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Launch day!!!');
    await waitHints(1, url, { atLeast: true });
    await waitMeter(page, `13 / ${limit}`);
  }
});

test('contenteditables are underlined through CSS highlights, textareas through the overlay', async () => {
  // A textarea: a mirror in <brio-overlay>'s shadow root, laid over it.
  await openComposer(page, 'mastodon');
  await composer('mastodon').click();
  await page.keyboard.type(TEXT);
  await waitHints(2, 'hints', { atLeast: true });
  const marks = (await overlayQuery(page, '.mirror mark')).map((m) => m.text);
  assert.deepEqual(marks, ['We are thrilled to announce', '!!!']);
  await openComposer(page, 'bluesky');
  await composer('bluesky').click();
  await page.keyboard.type(TEXT);
  await waitHints(2, 'hints', { atLeast: true });
  const sizes = await page.evaluate(() => CSS.highlights.get('brio-warning')?.size ?? -1);
  assert.equal(sizes, 2);
});

test('opt-outs in the markup: data-brio="off" and data-enable-grammarly="false" forms get no hints', async () => {
  await openComposer(page, 'mastodon');
  await composer('mastodon').click();
  await page.keyboard.type(TEXT);
  await waitHints(2, 'hints in the composer', { atLeast: true });
  for (const id of ['off', 'grammarly-off']) {
    await page.locator(`#${id}`).click();
    await waitHints(0, `hints once ${id} has the focus`);
    await page.keyboard.type(TEXT);
    await page.waitForTimeout(700);
    assert.equal(await hints(page), 0, id);
    // One overlay only: the first composer's.
    assert.equal((await overlayQuery(page, '[data-brio-overlay]')).length, 1, id);
  }
});

/** The composer of `name` (a key of COMPOSERS): its first match, through open shadow roots. */
const composerOf = (name) => page.locator(COMPOSERS[name].composer).first();

/** Moves the focus out of the composer and back in, so that the content script sees it anew. */
async function refocus(name) {
  await composerOf(name).evaluate((el) => el.blur());
  await composerOf(name).click();
}

// The opt-out attributes on an ancestor of the composer, as a page would set them on its wrapper:
// no hints while either is there; once both are gone, the same composer has its hints again.
for (const name of Object.keys(COMPOSERS)) {
  test(`opt-outs on ${name}: data-brio="off", then data-enable-grammarly="false" on its wrapper; hints once both are gone`, async () => {
    await openComposer(page, COMPOSERS[name].site);
    const mark = (attr, value) => composerOf(name).evaluate((el, [attr, value]) => {
      if (value === null) el.parentElement.removeAttribute(attr);
      else el.parentElement.setAttribute(attr, value);
    }, [attr, value]);
    const runs = () => h.worker().evaluate(() => self.brio.engine.stats.runs);
    let first = true;
    for (const [attr, value] of [['data-brio', 'off'], ['data-enable-grammarly', 'false']]) {
      await mark(attr, value);
      if (first) await composerOf(name).click();
      else await refocus(name);
      first = false;
      const before = await runs();
      await page.keyboard.type(TEXT);
      await page.waitForTimeout(700);
      assert.equal(await hints(page), 0, `${attr}="${value}"`);
      // Not even sent: the service worker checked nothing.
      assert.equal(await runs(), before, `${attr}="${value}": checks ran`);
      await mark(attr, null);
    }
    // The control: the same composer, nothing opted out, has its hints.
    await refocus(name);
    await waitHints(2, 'hints once the opt-outs are gone', { atLeast: true });
  });
}

test('a fix the editor does not take is reported, and the text is left as it was', async () => {
  await openComposer(page, 'mastodon');
  await page.locator('#stubborn').click();
  await page.keyboard.type(TEXT);
  await waitHints(2, 'hints', { atLeast: true });
  const card = await openCard('tone/exclamation');
  await card.clickFix();
  assert.match(await card.note(), /did not take the fix/);
  assert.equal(await page.locator('#stubborn').inputValue(), TEXT);
});

for (const site of Object.keys(PAGES)) {
  test(`IME on ${site}: no check while a composition is under way, then hints`, async () => {
    await openComposer(page, site);
    await composer(site).click();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: TEXT, selectionStart: TEXT.length, selectionEnd: TEXT.length });
    await page.waitForTimeout(800);
    assert.equal(await hints(page), 0);
    await cdp.send('Input.insertText', { text: TEXT }); // commits the composition
    await waitHints(2, 'hints after the composition', { atLeast: true });
    await cdp.detach();
  });
}

/** A profile that turns one rule off: one hint fewer wherever "!!!" is typed. */
const NO_EXCLAMATION = 'name = "Acme"\n[rules]\n"tone/exclamation" = "off"\n';

test('options: an invalid profile is refused with the Checker\'s own message; a file is imported and saved', async () => {
  await openComposer(page, 'x');
  await composer('x').click();
  await page.keyboard.type(TEXT);
  await waitHints(2, 'hints before the profile');

  const o = await openOptions();
  // An invalid profile is refused with the Checker's own message, which the CLI prints too
  // (brio: FILE: invalid profile: ...): the same package, built in Node, says the same.
  const bad = 'name = "Acme"\n[voice]\nmax_emojis = 3\n';
  await o.getByTestId('profile').fill(bad);
  await o.getByTestId('profile-save').click();
  await o.locator('[data-testid="profile-status"][data-state="error"]').waitFor();
  assert.equal(await o.getByTestId('profile-status').textContent(), await checkerError(bad));

  // A profile imported from a file, saved at once since it is valid.
  await o.getByTestId('profile-file').setInputFiles({ name: 'brand.toml', mimeType: 'text/plain', buffer: Buffer.from(NO_EXCLAMATION) });
  await o.getByTestId('profile-status').filter({ hasText: 'Saved: Acme' }).waitFor();
  assert.equal(await o.getByTestId('profile').inputValue(), NO_EXCLAMATION);
  await waitHints(1, 'hints under the profile');
  await o.getByTestId('profile-clear').click();
  await waitHints(2, 'hints without the profile');
});

test('options: a profile learned from past posts is saved with its evidence', async () => {
  const o = await openOptions();
  const posts = readFileSync(new URL('../../eval/voices/aurel.jsonl', import.meta.url));
  try {
    await o.getByTestId('learn-file').setInputFiles({ name: 'history.jsonl', mimeType: 'application/json', buffer: posts });
    await o.getByTestId('profile-status').filter({ hasText: 'Learned from 45 posts in history.jsonl' }).waitFor();
    assert.match(await o.getByTestId('profile').inputValue(), /# \d+ of 45 posts address the reader as « vous », 0 as « tu »\naddress = "vous"/);
    await o.getByTestId('learn-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just notes.') });
    await o.locator('[data-testid="profile-status"][data-state="error"]').filter({ hasText: 'not a recognised export' }).waitFor();
  } finally {
    // The next tests count hints under the built-in rules.
    await o.getByTestId('profile-clear').click();
    await o.getByTestId('profile-status').filter({ hasText: 'No profile' }).waitFor();
  }
});

// Settings saved in the options page reach a composer already open, without a reload: a profile
// turning a rule off takes its hint away, clearing it brings the hint back, and the site's switch
// takes the overlay away and brings it back with the hints.
for (const name of Object.keys(COMPOSERS)) {
  const { site } = COMPOSERS[name];
  test(`settings apply live on ${name}: a profile, the ${site} switch`, async () => {
    await openComposer(page, site);
    await composerOf(name).click();
    await page.keyboard.type(TEXT);
    await waitHints(2, 'hints before the profile', { atLeast: true });
    const n = await hints(page);

    const o = await openOptions();
    // Imported from a file: typing would start the page's delayed validation, whose status
    // line could replace the one awaited here.
    await o.getByTestId('profile-file').setInputFiles({ name: 'brand.toml', mimeType: 'text/plain', buffer: Buffer.from(NO_EXCLAMATION) });
    await o.getByTestId('profile-status').filter({ hasText: 'Saved: Acme' }).waitFor();
    await waitHints(n - 1, 'hints under the profile');
    await o.getByTestId('profile-clear').click();
    await o.getByTestId('profile-status').filter({ hasText: 'No profile' }).waitFor();
    await waitHints(n, 'hints without the profile');

    await o.locator(`[data-site="${site}"]`).uncheck();
    await page.locator('brio-overlay').waitFor({ state: 'detached' });
    await o.locator(`[data-site="${site}"]`).check();
    await page.locator('brio-overlay').waitFor({ state: 'attached' });
    await refocus(name);
    await waitHints(n, 'hints once the site is switched back on');
  });
}

/** Stops the extension's service worker through DevTools, and waits until it is stopped. */
async function stopWorker() {
  const o = await openOptions();
  const cdp = await h.context.newCDPSession(o);
  const states = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => states.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // A deadline far beyond what stopping takes, even on a loaded machine.
  const asked = Date.now();
  while (!states.includes('stopped') && Date.now() - asked < 60_000) await new Promise((r) => setTimeout(r, 50));
  assert.ok(states.includes('stopped'), `worker states: ${states}`);
  return { states, detach: () => cdp.detach() };
}

// The service worker stopped (as Chrome does after 30 s idle) while a composer is open: the next
// check wakes it and is answered.
for (const name of Object.keys(COMPOSERS)) {
  test(`cold start on ${name}: the service worker is stopped; the next check wakes it and is answered`, async () => {
    await openComposer(page, COMPOSERS[name].site);
    await composerOf(name).click();
    await page.keyboard.type('We are thrilled to announce our launch.');
    await waitHints(1, 'hints before the stop', { atLeast: true });
    const n = await hints(page);

    const worker = await stopWorker();
    await page.keyboard.type(' Really!!');
    await waitHints(n + 1, 'hints after the cold start', { atLeast: true });
    assert.ok(worker.states.includes('running', worker.states.lastIndexOf('stopped')), `worker states: ${worker.states}`);
    await worker.detach();
  });
}

test('privacy: no request left the machine, no error on any page', async () => {
  // Pages and content scripts: every request was routed, and none went elsewhere.
  assert.deepEqual(h.leaks(), []);
  assert.deepEqual(h.problems, []);
  // The service worker's requests are not routed by the test: its CSP (connect-src 'self') is
  // what stops them. Prove it is in force: a fetch is refused before it leaves.
  const probe = await h.worker().evaluate(async () => {
    const violations = [];
    const listener = (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    self.addEventListener('securitypolicyviolation', listener);
    const outcome = await fetch('https://brio-probe.invalid/').then(() => 'fetched', (e) => e.name);
    await new Promise((r) => setTimeout(r, 100));
    self.removeEventListener('securitypolicyviolation', listener);
    return { outcome, violations };
  });
  assert.deepEqual(probe, { outcome: 'TypeError', violations: ['connect-src https://brio-probe.invalid/'] });
});
