// Builds the npm package `brio` (`make npm`): the wasm package (pkg/), the editor layer
// (www/src/editor) and the CMS plugins (integrations/), with a .d.ts for every module, packed by
// `npm pack` into dist-npm/brio-<version>.tgz.
//
// The files ship byte for byte as they are in the repository and at the same relative paths, so
// that their relative imports, and the `new URL('./worker.js', import.meta.url)` and
// `new URL('brio_bg.wasm', import.meta.url)` through which bundlers find the worker and the
// wasm, resolve inside node_modules/brio exactly as they do here; the subpath exports of
// npm/manifest.json (`brio/editor`, `brio/ckeditor5`...) are what integrators import. What ships
// is what those entries reach: their imports are followed from file to file, and a bare import
// that the manifest does not declare as a peer dependency fails the build.
//
// The .d.ts files are emitted by TypeScript from the JSDoc (tsconfig.json); hand-written ones
// they refer to (integrations/ckeditor5/config.d.ts) are shipped beside them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-npm');
const stage = join(out, 'brio');
const rel = (p) => relative(root, p).split(sep).join('/');

function fail(message) {
  console.error(`npm/pack.js: ${message}`);
  process.exit(1);
}

/** The version of the Rust workspace: the wasm, its glue and the plugins ship as one version. */
function version() {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const v = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
  if (!v) fail('Cargo.toml: no version found');
  return v;
}

/** The files the manifest's exports point at, as repository paths. */
function entries(manifest) {
  const paths = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (subpath === './package.json') continue;
    for (const p of typeof target === 'string' ? [target] : Object.values(target)) paths.push(p.replace(/^\.\//, ''));
  }
  return paths;
}

/** npm's package name of a bare specifier: `@scope/name` or `name`. */
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

const isImportMetaUrl = (node) =>
  node?.type === 'MemberExpression' &&
  node.object.type === 'MetaProperty' &&
  node.object.meta.name === 'import' &&
  node.property.name === 'url';

/**
 * What a module refers to: the modules it imports (static, re-exported, dynamic with a literal)
 * and the files it locates with `new URL('…', import.meta.url)` (the worker, the wasm).
 */
function referencesOf(file) {
  const source = readFileSync(file, 'utf8');
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const modules = [];
  const located = [];
  const from = (node) => node.source && typeof node.source.value === 'string' && modules.push(node.source.value);
  simple(ast, {
    ImportDeclaration: from,
    ExportNamedDeclaration: from,
    ExportAllDeclaration: from,
    ImportExpression(node) {
      if (node.source.type === 'Literal') modules.push(node.source.value);
      else fail(`${rel(file)}: import() of a computed name cannot be followed`);
    },
    NewExpression(node) {
      const [what, base] = node.arguments;
      if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && isImportMetaUrl(base)) {
        if (what.type !== 'Literal') fail(`${rel(file)}: new URL() of a computed name cannot be followed`);
        located.push(what.value);
      }
    },
  });
  return { modules, located };
}

/**
 * The files the entries reach, and the packages they import by name (with who imports them).
 * Modules located with `new URL` (the worker) are followed like imports; other files (the
 * wasm) ship as they are.
 */
function closure(starts) {
  const files = new Set();
  const bare = new Map();
  const queue = [...starts];
  while (queue.length) {
    const file = queue.pop();
    if (files.has(file)) continue;
    if (!existsSync(file) || !statSync(file).isFile()) fail(`missing file ${rel(file)}`);
    if (!rel(file) || rel(file).startsWith('..') || rel(file).includes('node_modules/')) fail(`${file} is outside the repository's sources`);
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const { modules, located } = referencesOf(file);
    for (const spec of [...modules, ...located]) {
      if (/^\.\.?\//.test(spec)) queue.push(resolve(dirname(file), spec));
      else if (located.includes(spec) && !/^[a-z]+:/.test(spec)) queue.push(resolve(dirname(file), spec)); // new URL('brio_bg.wasm', …)
      else if (/^[a-z]+:/.test(spec)) fail(`${rel(file)} imports ${spec}: a package ships no URL import`);
      else bare.set(packageOf(spec), [...(bare.get(packageOf(spec)) ?? []), rel(file)]);
    }
  }
  return { files, bare };
}

/** Relative references in a .d.ts: imports, re-exports, import types and reference paths. */
function declarationReferences(text) {
  const refs = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)) refs.push(m[1]);
  for (const m of text.matchAll(/\/\/\/\s*<reference\s+path=["']([^"']+)["']/g)) refs.push(m[1].startsWith('.') ? m[1] : `./${m[1]}`);
  return refs;
}

/** A reference `spec` from a .d.ts as a declaration file path: `x.js` is described by `x.d.ts`. */
const declarationOf = (file) => (file.endsWith('.d.ts') ? file : file.replace(/\.js$/, '') + '.d.ts');

function main() {
  const manifest = JSON.parse(readFileSync(join(root, 'npm/manifest.json'), 'utf8'));
  const paths = entries(manifest).filter((p) => !p.endsWith('.d.ts'));
  const { files, bare } = closure(paths.map((p) => join(root, p)));

  // Every package imported by name must be declared for the bundler of the integrator to find it.
  const peers = manifest.peerDependencies ?? {};
  const undeclared = [...bare].filter(([name]) => !(name in peers) && !(name in (manifest.dependencies ?? {})));
  if (undeclared.length) {
    fail(`undeclared imports (add them to npm/manifest.json's peerDependencies):\n${undeclared.map(([n, by]) => `  ${n} (${by.join(', ')})`).join('\n')}`);
  }
  // TinyMCE's plugin is handed the editor's module (`registerBrio(tinymce)`) and imports nothing;
  // the peer dependency still says which versions it works with.
  const unused = Object.keys(peers).filter((name) => !bare.has(name) && name !== 'tinymce');
  if (unused.length) fail(`peer dependencies no shipped file imports: ${unused.join(', ')}`);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const ship = (file) => {
    const to = join(stage, rel(file));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(file, to);
  };
  for (const file of files) ship(file);
  // The wasm package's own declarations (written by wasm-bindgen from src/wasm.rs).
  for (const p of ['pkg/brio.d.ts', 'pkg/brio_bg.wasm.d.ts']) ship(join(root, p));

  // .d.ts for the JavaScript modules, from their JSDoc, into a scratch folder first.
  const scratch = join(out, 'types');
  const jsEntries = paths.filter((p) => p.endsWith('.js') && !p.startsWith('pkg/'));
  const tsconfig = {
    extends: '../tsconfig.json',
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: '..', outDir: './types', types: [] },
    include: [],
    files: jsEntries.map((p) => `../${p}`),
  };
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(out, 'tsconfig.json')], { stdio: 'inherit' });
  } catch {
    fail('tsc failed to emit the declarations');
  }

  // Ship the declarations that the entries' types reach, each reference checked: an emitted one,
  // a hand-written one from the repository, or one already shipped (pkg/brio.d.ts).
  const typeStarts = paths.filter((p) => p.endsWith('.js')).map((p) => declarationOf(p));
  const seen = new Set();
  const queue = [...typeStarts];
  while (queue.length) {
    const p = queue.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    const emitted = join(scratch, p);
    const shipped = join(stage, p);
    const written = join(root, p);
    let text;
    if (existsSync(emitted)) {
      mkdirSync(dirname(shipped), { recursive: true });
      copyFileSync(emitted, shipped);
      text = readFileSync(emitted, 'utf8');
    } else if (existsSync(shipped)) {
      text = readFileSync(shipped, 'utf8');
    } else if (existsSync(written)) {
      ship(written);
      text = readFileSync(written, 'utf8');
    } else {
      fail(`no declaration for ${p}`);
    }
    for (const spec of declarationReferences(text)) queue.push(declarationOf(rel(resolve(root, dirname(p), spec))));
  }
  rmSync(scratch, { recursive: true, force: true });
  rmSync(join(out, 'tsconfig.json'));
  for (const p of paths.filter((p) => p.endsWith('.js'))) {
    if (!existsSync(join(stage, declarationOf(p)))) fail(`entry ${p} has no declaration`);
  }

  const { name, ...rest } = manifest;
  const pkg = { name, version: version(), ...rest };
  writeFileSync(join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  copyFileSync(join(root, 'npm/README.md'), join(stage, 'README.md'));

  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }),
  )[0];
  const summary = {
    file: `dist-npm/${packed.filename}`,
    packed: packed.size,
    unpacked: packed.unpackedSize,
    files: packed.entryCount,
  };
  writeFileSync(join(out, 'pack.json'), JSON.stringify(summary, null, 2) + '\n');
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`${summary.file}: ${summary.files} files, ${kb(summary.packed)} packed, ${kb(summary.unpacked)} unpacked`);
}

main();
