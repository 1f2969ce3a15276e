// Shared set-up for the browser tests: www/dist served on a free localhost port by the test
// itself, Debian's Chromium driven by playwright-core (never a downloaded browser), and a record
// of every request so that tests can prove nothing left the origin.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../www/tools/serve.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const resultsDir = `${root}test-results`;

export async function start() {
  const server = await serve(`${root}www/dist`, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  mkdirSync(resultsDir, { recursive: true });
  return {
    origin,
    page,
    context,
    requests,
    problems,
    /** Requests that went anywhere but this origin (data: and blob: URLs stay on the page). */
    foreign: () => requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u)),
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
