// The npm package as an integrator gets it. The tarball `make npm` packed (dist-npm/), and
// nothing else from this repository, is installed with webpack 5, Vite and the editors from the
// registry into a fresh temporary project; the docs' code for each editor
// (docs/integrations/code/, the files the docs quote) is bundled by webpack and by Vite, each
// page served with a strict CSP and driven in Debian's Chromium: hints appear in the editor and
// in the panel, a fix applies through the plugin, one Ctrl+Z reverts it. A TypeScript consumer
// compiled against the installed package shows that the shipped .d.ts describe the API.
//
// BRIO_NPM_KEEP=1 keeps the temporary project (its path is printed) for a look afterwards.
import test, { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PAGES, pageHtml } from './project/pages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packed = JSON.parse(readFileSync(join(root, 'dist-npm/pack.json'), 'utf8'));
const tarball = join(root, packed.file);

const POST = 'We are thrilled to announce our launch!!!';
const FIXED = POST.replace('!!!', '!');

// Where each page's editor takes the keyboard (TinyMCE's is inside its iframe).
const EDITABLE = {
  'editor-textarea': { selector: '#post' },
  'editor-contenteditable': { selector: '#post' },
  ckeditor5: { selector: '.ck-editor__editable' },
  tinymce: { frame: 'iframe.tox-edit-area__iframe', selector: 'body' },
  tiptap: { selector: '.ProseMirror' },
  prosemirror: { selector: '.ProseMirror' },
  quill: { selector: '.ql-editor' },
  lexical: { selector: '#editor' },
  gutenberg: { selector: '[data-client-id="p1"]' },
};

// What a CMS page allows: the wasm compiled ('wasm-unsafe-eval'), the worker from the origin,
// inline styles for the editors' UIs, nothing from anywhere else.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** Serves `dir` on a free localhost port, with the CSP above. */
function serve(dir) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const file = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      try {
        if (!file.startsWith(dir + sep)) throw new Error('outside');
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Opens `path` in a new page of its own context; resolves to { page, context, problems, requests }. */
async function open(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, context, problems, requests };
}

/** Types the post into a page's editor; resolves to the editor's locator once hints are drawn. */
async function typeAndWaitForHints(page, name) {
  const { frame, selector } = EDITABLE[name];
  const editable = (frame ? page.frameLocator(frame) : page).locator(selector);
  await editable.click();
  await page.keyboard.type(POST);
  await page.waitForFunction(
    (post) => window.example.fresh() && window.example.report().text.trimEnd() === post,
    POST,
    { timeout: 20_000 },
  );
  const rules = await page.evaluate(() => window.example.report().report.diagnostics.map((d) => d.rule));
  assert.ok(rules.includes('tone/exclamation'), rules.join());
  await page.waitForFunction(() => window.example.painted() >= 2, null, { timeout: 5_000 });
  return editable;
}

/** Runs a command in the project; rejects with its output when it fails. */
function run(cwd, command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} (exit ${code}):\n${output}`))));
  });
}

let project;
let browser;
const servers = {};
let devServer = null; // Vite's dev server, while its test runs

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  project = mkdtempSync(join(tmpdir(), 'brio-npm-'));
  if (process.env.BRIO_NPM_KEEP) console.log(`# the project: ${project}`);
  cpSync(join(root, 'tests/npm/project'), project, { recursive: true });
  cpSync(join(root, 'docs/integrations/code'), join(project, 'src'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  manifest.devDependencies.brio = `file:${tarball}`;
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  await run(project, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);

  // Vite takes the pages' HTML as its inputs; webpack's bundles get theirs afterwards.
  for (const [name, page] of Object.entries(PAGES)) {
    writeFileSync(join(project, `${name}.html`), pageHtml(name, `<script type="module" src="./entries/${page.entry}.js"></script>`));
  }
  await run(project, 'node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
  await run(project, 'node_modules/.bin/webpack', ['--no-stats']);
  for (const [name, page] of Object.entries(PAGES)) {
    writeFileSync(join(project, 'dist-webpack', `${name}.html`), pageHtml(name, `<script defer src="${page.entry}.js"></script>`));
  }
  for (const bundler of ['webpack', 'vite']) servers[bundler] = await serve(join(project, `dist-${bundler}`));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});

after(async () => {
  devServer?.kill();
  await browser?.close();
  for (const server of Object.values(servers)) await new Promise((ok) => server.close(ok));
  if (project && !process.env.BRIO_NPM_KEEP) rmSync(project, { recursive: true, force: true });
});

test('the project holds the packed tarball, and Brio from nowhere else', () => {
  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
  const resolved = lock.packages['node_modules/brio'].resolved;
  assert.ok(resolved.startsWith('file:'), resolved);
  assert.equal(resolve(project, resolved.slice('file:'.length)), tarball);
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/brio/package.json'), 'utf8'));
  assert.equal(installed.version, JSON.parse(readFileSync(join(root, 'dist-npm/brio/package.json'), 'utf8')).version);
  // The editors are optional peers: none of them came in with brio.
  assert.ok(Object.values(installed.peerDependenciesMeta).every((m) => m.optional));
  // Each bundler emitted the worker and the .wasm as files of its own.
  for (const bundler of ['webpack', 'vite']) {
    const files = readdirSync(join(project, `dist-${bundler}`), { recursive: true }).map(String);
    assert.ok(files.some((f) => f.endsWith('.wasm')), `${bundler}: no .wasm in ${files}`);
    assert.ok(files.some((f) => /worker/.test(f) && f.endsWith('.js')), `${bundler}: no worker in ${files}`);
  }
});

test('in Node, the checker runs from the package: the docs\' code for Node', async () => {
  const output = await run(project, 'node', ['src/node.js']);
  const lines = output.trim().split('\n');
  assert.ok(lines.some((l) => l.startsWith('tone/institutional ')), output);
  assert.ok(lines.some((l) => l.startsWith('tone/exclamation ')), output);
  assert.equal(lines.at(-1), 'review');
});

test('the shipped types describe the API: a TypeScript consumer compiles, and misuse does not', async () => {
  // consumer.ts compiles in strict mode, and each of its @ts-expect-error lines is an error.
  await run(project, 'node_modules/.bin/tsc', ['-p', 'types/tsconfig.json']);
  // Brio's .d.ts themselves are sound (the editors' own declarations may have errors of their
  // own under this TypeScript: only Brio's are looked at), and were all part of the check.
  const args = ['-p', 'types/tsconfig.json', '--skipLibCheck', 'false', '--listFiles'];
  const output = await run(project, 'node_modules/.bin/tsc', args).catch((e) => e.message);
  assert.deepEqual(output.split('\n').filter((line) => line.startsWith('node_modules/brio/')), []);
  const read = output.split('\n').filter((line) => line.includes('/node_modules/brio/')).map((l) => l.replace(/.*node_modules\/brio\//, ''));
  for (const entry of ['pkg/brio.d.ts', 'www/src/editor/index.d.ts', 'integrations/ckeditor5/config.d.ts', 'integrations/tiptap/storage.d.ts']) {
    assert.ok(read.includes(entry), `${entry} was not part of the check: ${read.join(', ')}`);
  }
});

for (const bundler of ['webpack', 'vite']) {
  describe(`bundled by ${bundler}`, () => {
    for (const name of Object.keys(PAGES)) {
      test(`${name}: hints appear, a fix applies, one undo reverts it`, async () => {
        const origin = `http://127.0.0.1:${servers[bundler].address().port}`;
        const { page, context, problems, requests } = await open(`${origin}/${name}.html`);
        try {
          // Hints: a report on the typed text, drawn in the editor and listed in the panel.
          const editable = await typeAndWaitForHints(page, name);
          if (!name.startsWith('editor-')) {
            await page.waitForFunction(() => window.example.listed() >= 2, null, { timeout: 5_000 });
            // The pre-publish gate of the docs' code: warnings, so review.
            assert.equal(await page.evaluate(async () => (await window.example.gate()).verdict), 'review');
          }

          // A fix through the plugin (the editor layer's own fix on a textarea or contenteditable).
          assert.deepEqual(await page.evaluate(() => window.example.fixOf('tone/exclamation')), { ok: true });
          await page.waitForFunction((want) => window.example.text().trimEnd() === want, FIXED, { timeout: 5_000 });

          // One undo, from the keyboard, reverts it.
          await editable.click();
          await page.keyboard.press('Control+Z');
          await page.waitForFunction((post) => window.example.text().trimEnd() === post, POST, { timeout: 5_000 });

          assert.deepEqual(problems, []);
          const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
          assert.deepEqual(foreign, []);
          assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the .wasm was fetched from the bundle');
        } finally {
          await context.close();
        }
      });
    }
  });
}

// Vite's dev server serves node_modules as they are, after pre-bundling them: the worker and the
// .wasm must still be found, with no configuration.
test("Vite's dev server: hints on the editor layer and on a plugin, with no configuration", async () => {
  const port = await freePort();
  // Plain output: under CI (the CI variable set), Vite colours its log, port number included.
  devServer = spawn('node_modules/.bin/vite', ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let log = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite did not start:\n${log}`)), 60_000);
    devServer.stdout.on('data', (d) => {
      log += d;
      if (log.replace(/\x1b\[[0-9;]*m/g, '').includes(`:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    devServer.stderr.on('data', (d) => (log += d));
    devServer.on('exit', (code) => reject(new Error(`vite exited (${code}):\n${log}`)));
  });
  for (const name of ['editor-textarea', 'tiptap']) {
    const { page, context, problems } = await open(`http://127.0.0.1:${port}/${name}.html`);
    try {
      await typeAndWaitForHints(page, name);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});
