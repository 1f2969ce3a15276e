// Loads the evaluation corpus (eval/posts/*.toml, format in eval/README.md) and validates every
// post, so that a mistyped label fails loudly instead of turning into a silent miss.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

export const POSTS_DIR = fileURLToPath(new URL('posts/', import.meta.url));
export const PLATFORMS = ['x', 'mastodon', 'bluesky', 'threads', 'linkedin', 'instagram', 'facebook'];
export const LOCALES = ['fr', 'en'];
const KEYS = ['id', 'platform', 'locale', 'voice', 'text', 'expect', 'not', 'may'];
const LABEL_LISTS = ['expect', 'not', 'may'];

/** `path` relative to the working directory when it is under it, for short messages. */
const shortPath = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));

/** Every problem found in the corpus, one line each ("file: post id: what is wrong"). */
export class CorpusError extends Error {
  constructor(problems) {
    super(`invalid corpus (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

/**
 * Splits a label "rule: words" (or "rule" alone) at its first colon.
 * @param {string} label
 * @returns {{rule: string, words: string | null}}
 */
export function parseLabel(label) {
  const colon = label.indexOf(':');
  if (colon < 0) return { rule: label.trim(), words: null };
  return { rule: label.slice(0, colon).trim(), words: label.slice(colon + 1).trim() || null };
}

/**
 * Validates posts already parsed (each with a `file` for the messages); throws a CorpusError
 * listing every problem. Fills in the optional `not` and `may` and parses the labels into
 * `labels.expect|not|may`: [{label, rule, words}].
 * @param {object[]} posts
 * @param {{rules?: Set<string>}} [options] rules: the known rule ids (`brio rules`), if given
 * @returns {object[]} the same posts
 */
export function validatePosts(posts, { rules } = {}) {
  const problems = [];
  const seen = new Map();
  posts.forEach((post, index) => {
    const where = `${post.file}: post ${typeof post.id === 'string' && post.id ? post.id : `#${index + 1}`}`;
    const fail = (message) => problems.push(`${where}: ${message}`);
    for (const key of Object.keys(post)) if (key !== 'file' && !KEYS.includes(key)) fail(`unknown key "${key}"`);
    for (const key of ['id', 'voice', 'text']) {
      if (typeof post[key] !== 'string' || !post[key].trim()) fail(`"${key}" must be a non-empty string`);
    }
    if (typeof post.id === 'string' && post.id) {
      if (seen.has(post.id)) fail(`duplicate id (also in ${seen.get(post.id)})`);
      else seen.set(post.id, post.file);
    }
    if (!PLATFORMS.includes(post.platform)) fail(`unknown platform "${post.platform}" (one of ${PLATFORMS.join(', ')})`);
    if (!LOCALES.includes(post.locale)) fail(`unknown locale "${post.locale}" (fr or en)`);
    else if (!basename(post.file).startsWith(`${post.locale}-`)) fail(`locale "${post.locale}" in a file not named ${post.locale}-*.toml`);
    if (!('expect' in post)) fail('"expect" is missing (an empty list marks a clean post)');
    post.not ??= [];
    post.may ??= [];
    post.labels = {};
    for (const list of LABEL_LISTS) {
      const labels = post[list] ?? [];
      if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string')) {
        fail(`"${list}" must be a list of strings`);
        post.labels[list] = [];
        continue;
      }
      post.labels[list] = labels.map((label) => {
        const parsed = { label, ...parseLabel(label) };
        if (!/^[a-z]+\/[a-z0-9-]+$/.test(parsed.rule)) fail(`${list} "${label}": "${parsed.rule}" is not a rule id (family/name)`);
        else if (rules && !rules.has(parsed.rule)) fail(`${list} "${label}": unknown rule "${parsed.rule}"`);
        if (parsed.words && typeof post.text === 'string' && !post.text.includes(parsed.words)) {
          fail(`${list} "${label}": "${parsed.words}" is not in the text`);
        }
        return parsed;
      });
    }
    const expected = new Set(post.labels.expect.map((l) => l.label));
    for (const { label } of post.labels.not) if (expected.has(label)) fail(`"${label}" is both in expect and in not`);
  });
  if (problems.length) throw new CorpusError(problems);
  return posts;
}

/**
 * Reads and validates every *.toml of `dir` (eval/posts by default).
 * @param {string} [dir]
 * @param {{rules?: Set<string>}} [options] see validatePosts
 * @returns {object[]} the posts, in file then document order, each with its `file`
 * @throws {CorpusError}
 */
export function loadCorpus(dir = POSTS_DIR, options = {}) {
  const problems = [];
  const posts = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.toml')).sort();
  for (const name of files) {
    const file = shortPath(join(dir, name));
    let doc;
    try {
      doc = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push(`${file}: ${e.message.split('\n')[0]}${e.line ? ` (line ${e.line})` : ''}`);
      continue;
    }
    for (const key of Object.keys(doc)) if (key !== 'post') problems.push(`${file}: unexpected top-level key "${key}"`);
    if (!Array.isArray(doc.post)) {
      problems.push(`${file}: no [[post]] table`);
      continue;
    }
    for (const post of doc.post) posts.push({ file, ...post });
  }
  if (!files.length) problems.push(`${shortPath(dir)}: no *.toml file`);
  try {
    validatePosts(posts, options);
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    problems.push(...e.problems);
  }
  if (problems.length) throw new CorpusError(problems);
  return posts;
}
