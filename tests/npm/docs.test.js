// The docs show the code that tests/npm/npm.test.js runs: every code block marked
// `<!-- code: FILE -->` is FILE verbatim, every file of docs/integrations/code/ is quoted, each
// editor's page quotes its own, and the lines-of-code figures (docs/npm.md's table and each
// page's sentence) are those of the files.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const codeDir = join(root, 'docs/integrations/code');
const CODE = readdirSync(codeDir).filter((f) => f.endsWith('.js'));

/** The Markdown files that may quote code: the docs and the READMEs. */
function markdownFiles() {
  const docs = readdirSync(join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f));
  return [...docs, join(root, 'README.md'), join(root, 'integrations/README.md'), join(root, 'npm/README.md')];
}

/** Each `<!-- code: FILE -->` of a Markdown file, with the fenced block right after it. */
function quotes(file) {
  const text = readFileSync(file, 'utf8');
  const re = /<!-- code: (\S+) -->\n```\w*\n([\s\S]*?)\n```(?:\n\n(\d+) lines of code, (\d+) of them for Brio)?/g;
  return [...text.matchAll(re)].map((m) => ({
    path: join(dirname(file), m[1]),
    block: m[2],
    // The sentence after the block, on the editors' pages.
    figures: m[3] && { code: Number(m[3]), brio: Number(m[4]) },
  }));
}

/** Lines of code, and those that mention Brio (its imports, client, plugin, panel, gate). */
function linesOf(source) {
  const code = source.split('\n').filter((l) => l.trim() && !l.trim().startsWith('//'));
  return { code: code.length, brio: code.filter((l) => /brio|client|mountPanel|gate|attach/i.test(l)).length };
}

test('every marked code block is its file, verbatim', () => {
  let count = 0;
  for (const file of markdownFiles()) {
    for (const q of quotes(file)) {
      count++;
      const source = readFileSync(q.path, 'utf8').replace(/\n$/, '');
      assert.equal(q.block, source, `${relative(root, file)} quotes ${relative(root, q.path)} inexactly`);
    }
  }
  assert.ok(count >= CODE.length, `only ${count} marked blocks`);
});

test("every file of docs/integrations/code is quoted, each editor's on its own page", () => {
  const quoted = new Map();
  for (const file of markdownFiles()) for (const q of quotes(file)) quoted.set(q.path, [...(quoted.get(q.path) ?? []), file]);
  for (const name of CODE) assert.ok(quoted.has(join(codeDir, name)), `${name} is quoted nowhere`);
  const PAGES = { ckeditor5: 'ckeditor5', tinymce: 'tinymce', tiptap: 'prosemirror', prosemirror: 'prosemirror', quill: 'quill', lexical: 'lexical', gutenberg: 'gutenberg' };
  for (const [code, page] of Object.entries(PAGES)) {
    assert.ok(
      quoted.get(join(codeDir, `${code}.js`))?.includes(join(root, `docs/integrations/${page}.md`)),
      `docs/integrations/${page}.md does not quote ${code}.js`,
    );
  }
});

test('the lines-of-code figures are those of the files', () => {
  const npm = readFileSync(join(root, 'docs/npm.md'), 'utf8');
  const rows = [...npm.matchAll(/^\| [^|]+ \| `(\w+\.js)` \| (\d+) \| (\d+) \|$/gm)];
  assert.equal(rows.length, CODE.filter((f) => f !== 'node.js').length, 'one row per editor in docs/npm.md');
  for (const [, file, code, brio] of rows) {
    assert.deepEqual(linesOf(readFileSync(join(codeDir, file), 'utf8')), { code: Number(code), brio: Number(brio) }, file);
  }
  // Each editor's page says its figures after the block.
  for (const file of markdownFiles().filter((f) => dirname(f) === join(root, 'docs/integrations'))) {
    for (const q of quotes(file)) {
      assert.ok(q.figures, `${relative(root, file)}: no figures after ${relative(root, q.path)}`);
      assert.deepEqual(linesOf(readFileSync(q.path, 'utf8')), q.figures, relative(root, file));
    }
  }
});
