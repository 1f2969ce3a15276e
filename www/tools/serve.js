// A tiny static file server for the demo and the browser tests: no dependency, localhost only,
// and strict headers (CSP `default-src 'self'`) so that anything reaching outside the origin
// fails loudly, as it would on a locked-down CMS page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// 'wasm-unsafe-eval' is what lets WebAssembly compile under a CSP; nothing else is relaxed.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'";

// The CMS examples (/examples/) mount third-party editors that write inline styles (TinyMCE's
// skin and iframe, CKEditor's and Quill's UI), as they do on any CMS page: only style-src is
// relaxed there, and only for them.
const EXAMPLES_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to the server once listening. */
export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      // Never serve outside the root, whatever the URL says.
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': path.startsWith('/examples/') ? EXAMPLES_CSP : CSP,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end('not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'www/dist', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`Brio demo: http://localhost:${server.address().port}/  (Ctrl+C to stop)`);
}
