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

export const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'extension/dist');
const fixtures = join(root, 'tests/extension/fixtures');

/** The fixture origins and the editor each one mounts. */
export const PAGES = {
  x: { url: 'https://x.com/compose/post', editor: 'draft' },
  linkedin: { url: 'https://www.linkedin.com/feed/', editor: 'quill' },
  facebook: { url: 'https://www.facebook.com/', editor: 'lexical' },
  instagram: { url: 'https://www.instagram.com/create/', editor: 'lexical' },
  threads: { url: 'https://www.threads.net/', editor: 'lexical' },
  bluesky: { url: 'https://bsky.app/', editor: 'tiptap' },
  mastodon: { url: 'https://mastodon.social/home', editor: 'textarea' },
};
const EDITOR_OF = Object.fromEntries(Object.values(PAGES).map((p) => [new URL(p.url).origin, p.editor]));
EDITOR_OF['https://twitter.com'] = 'draft';
EDITOR_OF['https://www.threads.com'] = 'lexical';

// The pages' CSP: scripts from the page's own origin only. No 'wasm-unsafe-eval', no 'unsafe-eval':
// a content script could not instantiate wasm here either.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

const html = (editor) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${editor} fixture</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/__fixture/fixtures.css">
<script defer src="/__fixture/${editor}.js"></script></head>
<body><main id="app"></main></body></html>`;

function serveFixture(route, url, editor) {
  const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
  const m = /^\/__fixture\/([a-z]+)\.(js|css)$/.exec(url.pathname);
  if (m) {
    const file = m[2] === 'css' ? join(fixtures, 'fixtures.css') : join(fixtures, 'dist', `${m[1]}.js`);
    const type = m[2] === 'css' ? 'text/css' : 'text/javascript';
    return route.fulfill({ status: 200, headers: { ...headers, 'content-type': type }, body: readFileSync(file) });
  }
  if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, headers, body: '' });
  return route.fulfill({ status: 200, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: html(editor) });
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
    const editor = EDITOR_OF[url.origin];
    if (editor) return serveFixture(route, url, editor);
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;

  const problems = [];
  const watch = (page) => {
    page.on('pageerror', (e) => problems.push(`pageerror ${page.url()}: ${e.message}`));
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
          return !EDITOR_OF[new URL(u).origin];
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
export async function openComposer(page, site) {
  await page.goto(PAGES[site].url);
  await page.waitForFunction(() => window.fixture?.ready === true, null, { timeout: 20_000 });
  await page.locator('brio-overlay').waitFor({ state: 'attached', timeout: 20_000 });
}

/** The number of hints the overlay says are shown for the focused composer. */
export async function hints(page) {
  return Number(await page.locator('brio-overlay').getAttribute('data-hints'));
}
