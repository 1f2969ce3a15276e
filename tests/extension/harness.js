// Shared set-up for the extension tests: Debian's Chromium (never a downloaded browser) in a
// persistent context with the built extension loaded, and the platforms' composer pages served
// at their real addresses by request routing: fixture pages mounting the real editor packages,
// under a strict CSP that allows no wasm in the page (so the checks must run in the extension's
// service worker). Every request is recorded; anything that is not for a fixture origin is
// aborted and reported, so a test can prove that nothing left the machine.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { Card, overlayQuery } from './overlay-probe.js';

export { inContentScript, overlayQuery } from './overlay-probe.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'extension/dist');
const fixtures = join(root, 'tests/extension/fixtures');

/**
 * The fixture origins: the script each one mounts (tests/extension/fixtures/NAME.js), its editor,
 * and where a test clicks to type in its (first) composer (Playwright's CSS pierces open shadow
 * roots, so LinkedIn's composer is found inside #interop-outlet).
 */
export const PAGES = {
  x: { url: 'https://x.com/compose/post', fixture: 'x', editor: 'draft', composer: '[data-testid="tweetTextarea_0"]' },
  linkedin: { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin', editor: 'quill', composer: '.ql-editor' },
  facebook: { url: 'https://www.facebook.com/', fixture: 'facebook', editor: 'lexical', composer: '[role="dialog"] [role="textbox"]' },
  instagram: { url: 'https://www.instagram.com/create/', fixture: 'plain', editor: 'contenteditable', composer: '[role="dialog"] [role="textbox"]' },
  threads: { url: 'https://www.threads.net/', fixture: 'plain', editor: 'contenteditable', composer: '[role="textbox"]' },
  bluesky: { url: 'https://bsky.app/', fixture: 'bluesky', editor: 'tiptap', composer: '[role="dialog"] .ProseMirror' },
  mastodon: { url: 'https://mastodon.social/home', fixture: 'mastodon', editor: 'textarea', composer: '#compose' },
};

/**
 * Every composer fixture the per-composer checks run on: each platform's (first) post composer,
 * and LinkedIn's Tiptap comment box, on the same page as its post composer. `site` is the
 * options page's switch for it.
 */
export const COMPOSERS = {
  ...Object.fromEntries(Object.entries(PAGES).map(([site, p]) => [site, { ...p, site }])),
  'linkedin-comment': { ...PAGES.linkedin, site: 'linkedin', editor: 'tiptap', composer: '[aria-label="Text editor for creating comment"]' },
};
const FIXTURE_OF = Object.fromEntries(Object.values(PAGES).map((p) => [new URL(p.url).origin, p.fixture]));
FIXTURE_OF['https://twitter.com'] = 'x';
FIXTURE_OF['https://www.threads.com'] = 'plain';

/** What a Mastodon page carries for its web app: the server's configuration, limit included. */
export const MASTODON_MAX_CHARACTERS = 1000;

/** Whether `url` is on one of the fixture origins. */
export function isFixture(url) {
  try {
    return Boolean(FIXTURE_OF[new URL(url).origin]);
  } catch {
    return false;
  }
}
const HEAD = {
  mastodon: `<script id="initial-state" type="application/json">${JSON.stringify({
    meta: { domain: 'mastodon.social', locale: 'en' },
    compose: { me: '1', default_privacy: 'public' },
    server: { configuration: { statuses: { max_characters: MASTODON_MAX_CHARACTERS, max_media_attachments: 4 } } },
  })}</script>`,
};

// The pages' CSP: scripts from the page's own origin only. No 'wasm-unsafe-eval', no 'unsafe-eval':
// a content script could not instantiate wasm here either.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

const html = (fixture) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${fixture} fixture</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/__fixture/fixtures.css">
${HEAD[fixture] ?? ''}<script defer src="/__fixture/${fixture}.js"></script></head>
<body><main id="app"></main></body></html>`;

/**
 * The response to a request for `url` on a fixture origin, or null when it is not one: the page,
 * its script or its stylesheet, all under the pages' CSP. Shared by the Chromium and Firefox tests.
 * @param {URL} url
 * @returns {{ status: number, headers: Record<string, string>, body: string | Buffer } | null}
 */
export function fixtureResponse(url) {
  const fixture = FIXTURE_OF[url.origin];
  if (!fixture) return null;
  const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
  const m = /^\/__fixture\/([a-z]+)\.(js|css)$/.exec(url.pathname);
  if (m) {
    const file = m[2] === 'css' ? join(fixtures, 'fixtures.css') : join(fixtures, 'dist', `${m[1]}.js`);
    const type = m[2] === 'css' ? 'text/css' : 'text/javascript';
    return { status: 200, headers: { ...headers, 'content-type': type }, body: readFileSync(file) };
  }
  if (url.pathname === '/favicon.ico') return { status: 404, headers, body: '' };
  return { status: 200, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: html(fixture) };
}

/**
 * Launches Chromium with the extension. `grant`: origins added to the copy's host_permissions so
 * that the options page's chrome.permissions.request() is answered without Chrome's prompt,
 * which a headless browser cannot click (the Mastodon flow is otherwise the real one).
 */
export async function launch({ grant = ['https://mastodon.social/*'] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'brio-extension-'));
  const ext = join(dir, 'extension');
  cpSync(dist, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...grant];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));

  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false, // --headless=new below: the old headless mode cannot run extensions
    viewport: { width: 1200, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });

  const requests = [];
  const foreign = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // The extension's own files (its options page loads its script and stylesheet).
    if (url.protocol === 'chrome-extension:') return route.continue();
    const response = fixtureResponse(url);
    if (response) return route.fulfill(response);
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;

  const problems = [];
  const watch = (page) => {
    page.on('pageerror', (e) => problems.push(`pageerror ${page.url()}: ${e.message} ${process.env.BRIO_DEBUG ? e.stack : ''}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console ${page.url()}: ${m.text()}`));
    return page;
  };
  context.on('page', watch);
  for (const p of context.pages()) watch(p);

  return {
    context,
    extensionId,
    manifest,
    requests,
    problems,
    worker: () => context.serviceWorkers().find((w) => w.url().includes(extensionId)),
    /** Requests that left the fixture origins and the extension: none is allowed. */
    leaks: () => [
      ...foreign,
      ...requests.filter((u) => {
        if (/^(data|blob|chrome-extension):/.test(u)) return false;
        try {
          return !isFixture(u);
        } catch {
          return true;
        }
      }),
    ],
    async page() {
      const [first] = context.pages();
      return first ?? (await context.newPage());
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens a platform page and waits for its editor and for the extension's overlay. */
export async function openComposer(page, site, url = PAGES[site].url) {
  await page.goto(url);
  await page.waitForFunction(() => window.fixture?.ready === true, null, { timeout: 20_000 });
  await page.locator('brio-overlay').waitFor({ state: 'attached', timeout: 20_000 });
}

/** The number of hints the overlay says are shown for the focused composer. */
export async function hints(page) {
  return Number(await page.locator('brio-overlay').getAttribute('data-hints'));
}

/** Waits until data-hints is `n` (or at least `n` with `atLeast`). No eval: the page's CSP forbids it. */
export async function waitHints(page, n, what, { atLeast = false, timeout = 15_000 } = {}) {
  await page
    .waitForFunction(
      ([n, atLeast]) => {
        const shown = Number(document.querySelector('brio-overlay')?.getAttribute('data-hints'));
        return atLeast ? shown >= n : shown === n;
      },
      [n, atLeast],
      { timeout },
    )
    .catch(async () => {
      throw new Error(`${what}: data-hints is ${await hints(page)}, expected ${atLeast ? '>= ' : ''}${n}`);
    });
}

/** The card of `rule` (it may be hidden). */
export const cardOf = (page, rule) => new Card(page, rule);

/** Opens the card of `rule` by moving the caret into its range (End: the "!!!" at the end). */
export async function openCard(page, rule) {
  const card = cardOf(page, rule);
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('End');
    if (await card.isVisible()) return card;
    await page.waitForTimeout(250);
  }
  throw new Error(`no card for ${rule}`);
}

/** The meter's text, or null when it is hidden. */
export async function meterText(page) {
  const [meter] = await overlayQuery(page, '.meter');
  return meter?.visible ? meter.text : null;
}

/** Waits until the length meter reads `text` ("41 / 280"). */
export async function waitMeter(page, text, timeout = 10_000) {
  const until = Date.now() + timeout;
  let seen;
  while ((seen = await meterText(page)) !== text) {
    if (Date.now() > until) throw new Error(`the meter reads ${seen}, not ${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Adds mastodon.social in the options page, as a user does; resolves once it is registered. */
export async function addMastodon(h) {
  const o = await h.context.newPage();
  await o.goto(`chrome-extension://${h.extensionId}/options.html`);
  await o.waitForSelector('body[data-ready="true"]');
  await o.getByTestId('instance').fill('mastodon.social');
  await o.getByTestId('instance-add').click();
  await o.getByTestId('instance-status').filter({ hasText: 'now runs on https://mastodon.social' }).waitFor();
  await o.close();
}
