// The extension in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (never a
// downloaded browser): the unpacked Firefox build (extension/dist-firefox) installed as a
// temporary add-on, the fixture pages served at the platforms' addresses by request
// interception, and every other request aborted and recorded.
import { existsSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixtureResponse, root } from './harness.js';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
// A fixed internal UUID (moz-extension://UUID/), so that the test can open the options page.
export const UUID = '0b5c7a3e-1d2f-4a6b-8c9d-0e1f2a3b4c5d';

/** Whether Firefox is installed (`make firefox-tools`) and the Firefox build made (`make extension-firefox`). */
export const hasFirefox = () => existsSync(FIREFOX) && existsSync(join(root, 'extension/dist-firefox/manifest.json'));

/** Launches Firefox with the extension; `grant`: origins added to the copy's host permissions. */
export async function launchFirefox({ grant = ['https://mastodon.social/*'] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'brio-firefox-'));
  const ext = join(dir, 'extension');
  cpSync(join(root, 'extension/dist-firefox'), ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  const GECKO_ID = manifest.browser_specific_settings.gecko.id;
  manifest.host_permissions = [...manifest.host_permissions, ...grant];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: join(dir, 'profile'),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // No update checks, telemetry or remote settings: nothing leaves the machine.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(ext);
  // The test build opens its options page once installed (BiDi cannot navigate to
  // moz-extension:). Wait for that tab before any other is opened: a tab that opens later
  // takes the focus from the test's page, which then gets no focus events, so the content
  // script never attaches to the composer the test clicks.
  const options = await optionsPage(browser);

  const foreign = [];
  const problems = [];
  const watch = async (page) => {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:') return req.continue();
      const response = fixtureResponse(url);
      if (response) {
        const { status, headers, body } = response;
        return req.respond({ status, headers, contentType: headers['content-type'], body });
      }
      foreign.push(url.href);
      return req.abort();
    });
    page.on('pageerror', (e) => problems.push(`pageerror ${page.url()}: ${e.message}`));
    return page;
  };

  return {
    browser,
    options,
    problems,
    leaks: () => [...foreign],
    /** A new tab, in front: the first one Firefox opens does not get the focus in headless mode. */
    async page() {
      const page = await watch(await browser.newPage());
      await page.bringToFront();
      return page;
    },
    async newPage() {
      return watch(await browser.newPage());
    },
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until <brio-overlay data-hints> says at least `n` (or exactly, with `exact`). The first
 * hints of a page wait for Firefox to start the extension's event page and compile the wasm,
 * which a loaded machine can stretch past 20 s: the default wait is long, and a time-out says
 * what the page showed instead (and, given `background`, the Firefox launched by
 * launchFirefox, the state of the background page's engine).
 */
export async function waitHintsFirefox(page, n, { exact = false, timeout = 60_000, background = null } = {}) {
  try {
    await page.waitForFunction(
      (n, exact) => {
        const shown = Number(document.querySelector('brio-overlay')?.getAttribute('data-hints'));
        return exact ? shown === n : shown >= n;
      },
      { timeout },
      n,
      exact,
    );
  } catch (e) {
    const seen = await page
      .evaluate(() => {
        const overlay = document.querySelector('brio-overlay');
        const attributes = overlay ? Object.fromEntries([...overlay.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value])) : 'no overlay';
        // A page without the focus gets no focus events: Brio never attaches to its composer.
        return { ...attributes, focus: document.hasFocus() };
      })
      .catch((err) => `unreadable: ${err.message}`);
    const engine = background ? `; the background: ${JSON.stringify(await backgroundState(background))}` : '';
    throw new Error(`${exact ? 'exactly' : 'at least'} ${n} hints not shown: ${e.message}; the overlay: ${JSON.stringify(seen)}${engine}`);
  }
}

/** The options page the test build opens on install, once it is there (10 s at most). */
async function optionsPage(browser) {
  const where = (p) => p.evaluate(() => location.href).catch(() => null); // url() stays about:blank
  for (let i = 0; i < 100; i++) {
    for (const p of await browser.pages()) if ((await where(p)) === `moz-extension://${UUID}/options.html`) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the test build did not open its options page on install');
}

/**
 * The background page's engine (the test build's `self.brio`), read through the extension's
 * options page: whether its wasm is ready, how many instances it built, its counts of
 * requests, runs and crashes.
 */
export async function backgroundState(ff) {
  return ff.options
    .evaluate(async () => {
      const engine = (await browser.runtime.getBackgroundPage())?.brio?.engine;
      if (!engine) return 'no engine';
      const settled = engine.ready?.then(
        () => 'ready',
        (err) => `failed: ${err}`,
      );
      const ready = settled ? await Promise.race([settled, new Promise((r) => setTimeout(() => r('pending'), 200))]) : 'not started';
      const { generation, instantiateMs, broken, stats } = engine;
      return { ready, generation, instantiateMs: Math.round(instantiateMs), broken: broken ? String(broken) : null, stats };
    })
    .catch((err) => `unreadable: ${err.message}`);
}
