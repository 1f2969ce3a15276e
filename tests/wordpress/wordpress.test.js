// The WordPress plugin (integrations/wordpress, zipped by `make wordpress-plugin`) in a real
// WordPress: Debian's package with its own MariaDB, started by tests/wordpress/wordpress.js, and
// the block editor in Debian's Chromium. As an administrator: activate the plugin, set a brand
// profile in Settings → Brio (an invalid one is refused with the CLI's own message), write a
// French post in a paragraph block, see the hints, save it (no hint markup in the saved post),
// fix a hint (one undo step), and publish through the pre-publish checks: held on an error,
// let through once the post is clean. Then a profile stored without the settings page's check:
// the editor names it and the pre-publish checks hold publishing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startWordPress } from './wordpress.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN_ZIP = join(root, 'integrations/wordpress/brio-wordpress.zip');
const CLI =
  process.env.BRIO_CLI ?? join(process.env.CARGO_TARGET_DIR ? process.env.CARGO_TARGET_DIR : join(root, 'target'), 'release/brio');
const RESULTS = join(root, 'test-results');

// Exclamation marks are an error for this brand: the post below is blocked until they are fixed.
const PROFILE = '[rules]\n"tone/exclamation" = "error"\n';
const BAD_PROFILE = '[rules]\n"tone/exclamation" = "eror"\n';
const POST = 'Nous sommes ravis de vous annoncer notre nouvelle offre, disponible le 3 juin !!!';
const HINT_MARKUP = /brio|<mark|data-brio/i;

let wp;
let browser;
let page;
const problems = [];
const timings = {};

test.before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  wp = await startWordPress({ pluginZip: PLUGIN_ZIP });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // WordPress asks for avatars and the welcome guide's pictures on other hosts, offline here:
  // only errors of this site count.
  page.on('console', (m) => {
    if (m.type() === 'error' && (m.location().url ?? '').startsWith(wp.origin)) problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => d.accept());
  await page.goto(`${wp.origin}/wp-login.php`);
  await page.fill('#user_login', wp.admin.user);
  await page.fill('#user_pass', wp.admin.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
});

test.after(async () => {
  if (wp) {
    const lines = Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`);
    console.log(`WordPress ${wp.version}; set-up: MariaDB ${(wp.timings.mariadb / 1000).toFixed(1)} s, WordPress ${(wp.timings.wordpress / 1000).toFixed(1)} s; ${lines.join(', ')}`);
  }
  await browser?.close();
  await wp?.stop();
});

async function shot(name) {
  await page.screenshot({ path: join(RESULTS, `wordpress-${name}.png`) }).catch(() => {});
}

/** What the CLI says of `profile`, without its `brio: FILE: ` prefix. */
function cliProfileError(profile) {
  const dir = mkdtempSync(join(tmpdir(), 'brio-profile-'));
  try {
    const file = join(dir, 'brand.toml');
    writeFileSync(file, profile);
    // The post as a file: the CLI stops at the profile, before reading it.
    const post = join(dir, 'post.txt');
    writeFileSync(post, 'Bonjour.');
    const r = spawnSync(CLI, ['check', '--profile', file, post], { encoding: 'utf8' });
    if (r.error) throw new Error(`${CLI}: ${r.error.message} (run \`make cli\`)`);
    assert.equal(r.status, 2, r.stderr);
    const prefix = `brio: ${file}: `;
    assert.ok(r.stderr.startsWith(prefix), r.stderr);
    return r.stderr.slice(prefix.length).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens a new post in the block editor, with the welcome guide closed. */
async function newPost() {
  const t0 = performance.now();
  await page.goto(`${wp.origin}/wp-admin/post-new.php`);
  await page.waitForSelector('.editor-post-title__input', { timeout: 60_000 });
  await page.waitForFunction(() => window.brio?.brio, null, { timeout: 30_000 });
  timings['editor load'] ??= performance.now() - t0;
  // The welcome guide opens on a user's first visit, shortly after the editor.
  const guide = page.locator('.edit-post-welcome-guide');
  if (await guide.waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
    await guide.locator('button[aria-label="Close dialog"]').click();
  }
  await page.click('.editor-post-title__input');
}

const paragraph = () => page.locator('p.wp-block-paragraph').first();

/** Waits until the first block's content is `want`. */
const contentIs = (want) =>
  page.waitForFunction((w) => wp.data.select('core/block-editor').getBlocks()[0]?.attributes.content === w, want, { timeout: 10_000 });

/** Waits until Brio's newest report is about the editor's text; its rules. */
async function settled() {
  await page.waitForFunction(() => window.brio.brio.session.fresh(), null, { timeout: 20_000 });
  return page.evaluate(() => {
    const { text, report, verdict } = window.brio.brio.session.last;
    return { text, rules: report.diagnostics.map((d) => d.rule), verdict: verdict.verdict };
  });
}

/** Opens the pre-publish checks; resolves to Brio's answer there and whether Publish is enabled. */
async function prePublish() {
  await page.click('.editor-post-publish-panel__toggle');
  await page.waitForSelector('.editor-post-publish-panel [data-brio-gate]:not([data-brio-gate="checking"])', { timeout: 30_000 });
  const gate = await page.getAttribute('[data-brio-gate]', 'data-brio-gate');
  const button = page.locator('.editor-post-publish-panel .editor-post-publish-button');
  return { gate, enabled: (await button.getAttribute('aria-disabled')) !== 'true', text: await page.textContent('.brio-prepublish') };
}

async function closePrePublish() {
  await page.click('.editor-post-publish-panel__header-cancel-button button, .editor-post-publish-panel__header-cancel-button');
  await page.waitForSelector('.editor-post-publish-panel', { state: 'detached' });
}

async function saveSettings({ platform, profile }) {
  await page.goto(`${wp.origin}/wp-admin/options-general.php?page=brio`);
  await page.waitForSelector('#brio-settings[data-brio-ready="true"]');
  await page.selectOption('#brio-platform', platform);
  await page.fill('#brio-profile', profile);
  await page.waitForSelector('#brio-profile-status[data-state="success"]');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  assert.equal(await page.inputValue('#brio-profile'), profile);
}

test('the plugin activates from the Plugins page', async () => {
  await page.goto(`${wp.origin}/wp-admin/plugins.php`);
  const row = page.locator('tr[data-plugin="brio/brio.php"]');
  await row.locator('.activate a').click();
  await page.waitForSelector('tr[data-plugin="brio/brio.php"].active');
  assert.equal(await row.locator('.plugin-title a', { hasText: 'Settings' }).count(), 1);
});

test('Settings → Brio refuses an invalid profile with the CLI’s message, and stores a valid one', async () => {
  await page.goto(`${wp.origin}/wp-admin/options-general.php?page=brio`);
  await page.waitForSelector('#brio-settings[data-brio-ready="true"]');
  await page.fill('#brio-profile', BAD_PROFILE);
  await page.waitForSelector('#brio-profile-status[data-state="error"]');
  const shown = (await page.textContent('#brio-profile-status')).trim();
  assert.equal(shown, cliProfileError(BAD_PROFILE));
  assert.match(shown, /did you mean `error`\?/);
  // Submitting is refused: the page stays, the stored profile is still the empty default.
  await page.click('#submit');
  await page.waitForTimeout(500);
  await shot('settings-invalid');
  await page.reload();
  await page.waitForSelector('#brio-settings[data-brio-ready="true"]');
  assert.equal(await page.inputValue('#brio-profile'), '');

  await saveSettings({ platform: 'linkedin', profile: PROFILE });
  assert.equal(await page.inputValue('#brio-platform'), 'linkedin');
  await page.waitForSelector('#brio-profile-status[data-state="success"]');
});

test('a French post in a paragraph block: hints, a clean saved post, a one-step fix, the pre-publish gate', async () => {
  await newPost();
  await page.keyboard.type('Lancement');
  await page.keyboard.press('Enter');
  const t0 = performance.now();
  await page.keyboard.type(POST);
  timings['typing the post'] = performance.now() - t0;
  const t1 = performance.now();

  // Hints in the paragraph, from the brand's profile: the exclamation marks are an error.
  await page.waitForSelector('.wp-block-paragraph mark.brio-mark.brio-error', { timeout: 20_000 });
  timings['last key to hints'] = performance.now() - t1;
  let state = await settled();
  assert.equal(state.text, POST);
  assert.ok(state.rules.includes('tone/institutional'), state.rules.join());
  assert.ok(state.rules.includes('tone/exclamation'), state.rules.join());
  assert.equal(state.verdict, 'block');
  assert.ok((await page.locator('.wp-block-paragraph mark.brio-mark').count()) >= 2);
  // Drawn by the plugin's stylesheet: an underline, not the browser's yellow <mark>.
  const look = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('.wp-block-paragraph mark.brio-error'));
    return { line: style.textDecorationLine, colour: style.textDecorationColor, background: style.backgroundColor };
  });
  assert.deepEqual(look, { line: 'underline', colour: 'rgb(217, 45, 32)', background: 'rgba(0, 0, 0, 0)' });
  await shot('hints');

  // Saved as a draft: the post in the database holds the text and no hint.
  await page.keyboard.press('Control+s');
  await page.waitForFunction(
    () => {
      const editor = wp.data.select('core/editor');
      return editor.getCurrentPost().status === 'draft' && !editor.isSavingPost() && !editor.isEditedPostDirty();
    },
    null,
    { timeout: 20_000 },
  );
  const id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
  const saved = await page.evaluate((postId) => wp.apiFetch({ path: `/wp/v2/posts/${postId}?context=edit` }), id);
  assert.equal(saved.status, 'draft');
  assert.match(saved.content.raw, /disponible le 3 juin !!!/);
  assert.doesNotMatch(saved.content.raw, HINT_MARKUP);

  // The gate holds publishing while the error is there.
  let gate = await prePublish();
  assert.equal(gate.gate, 'block');
  assert.equal(gate.enabled, false);
  assert.match(gate.text, /tone\/exclamation/);
  await shot('gate-block');
  await closePrePublish();

  // A fix from the Brio sidebar goes through the editor...
  const toggle = page.locator('.interface-pinned-items button[aria-label="Brio"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const hint = page.locator('.brio-sidebar-hint[data-rule="tone/exclamation"]');
  await hint.locator('[data-testid="apply-fix"]').first().click();
  const fixed = POST.replace('!!!', '!');
  await contentIs(fixed);
  // ...and one undo (the editor's own, from the keyboard) brings the text back.
  await paragraph().click();
  await page.keyboard.press('Control+z');
  await contentIs(POST);
  state = await settled();
  assert.equal(state.text, POST);
  assert.ok(state.rules.includes('tone/exclamation'));
  await shot('undo');

  // Fix the error and the warning: the post is clean, the gate lets it through.
  await hint.locator('[data-testid="apply-fix"]').first().click();
  await contentIs(fixed);
  await settled();
  await page.locator('.brio-sidebar-hint[data-rule="tone/institutional"] [data-testid="apply-fix"]').first().click();
  await page.waitForFunction(
    () => /^Voici notre nouvelle offre/.test(wp.data.select('core/block-editor').getBlocks()[0]?.attributes.content),
    null,
    { timeout: 10_000 },
  );
  state = await settled();
  assert.equal(state.verdict, 'publish', state.rules.join());
  gate = await prePublish();
  assert.equal(gate.gate, 'publish');
  assert.equal(gate.enabled, true);
  await shot('gate-publish');
  await page.click('.editor-post-publish-panel .editor-post-publish-button');
  await page.waitForSelector('.post-publish-panel__postpublish', { timeout: 20_000 });
  const published = await page.evaluate((postId) => wp.apiFetch({ path: `/wp/v2/posts/${postId}?context=edit` }), id);
  assert.equal(published.status, 'publish');
  assert.match(published.content.raw, /Voici notre nouvelle offre/);
  assert.doesNotMatch(published.content.raw, HINT_MARKUP);
  assert.deepEqual(problems, []);
});

test('a profile stored without the settings page’s check: the editor says so, the gate holds publishing', async () => {
  // As a form posted some other way than through the page's script (which refuses it).
  await page.goto(`${wp.origin}/wp-admin/options-general.php?page=brio`);
  await page.waitForSelector('#brio-settings[data-brio-ready="true"]');
  await page.fill('#brio-profile', BAD_PROFILE);
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(() => HTMLFormElement.prototype.submit.call(document.getElementById('brio-settings'))),
  ]);
  // The page says what is wrong with the stored profile as soon as it opens.
  await page.waitForSelector('#brio-profile-status[data-state="error"]');
  assert.equal((await page.textContent('#brio-profile-status')).trim(), cliProfileError(BAD_PROFILE));

  await newPost();
  await page.keyboard.type('Lancement');
  await page.keyboard.press('Enter');
  await page.keyboard.type(POST);
  await page.waitForFunction(() => window.brio.status.problem(), null, { timeout: 20_000 });
  const status = await page.evaluate(() => window.brio.status.problem());
  assert.match(status, /brand profile is invalid: invalid profile: invalid value `eror`/);
  const gate = await prePublish();
  assert.equal(gate.gate, 'unavailable');
  assert.equal(gate.enabled, false);
  assert.match(gate.text, /brand profile is invalid/);
  await shot('gate-unavailable');
  await closePrePublish();

  const log = wp.debugLog().split('\n').filter((l) => /plugins\/brio\//.test(l));
  assert.deepEqual(log, []);
  problems.splice(0).forEach((p) => assert.fail(p));
});
