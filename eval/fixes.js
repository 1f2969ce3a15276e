// The fix oracle: every suggestion of a tone/, terms/ or readability/ finding on the corpus is
// applied, then judged by a grammar checker that knows nothing of Brio (Grammalecte for French,
// harper.js for English): a fix is bad when it leaves a grammar error near the edit that the
// original did not have (an article that no longer agrees, a lost elision), when the checker
// does not know a word of the replacement itself (a lower-cased acronym), or when the CLI still
// flags the replaced words with the same rule.
//
//   node eval/fixes.js [--posts DIR] [--json]   # needs `make cli oracle-tools`
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPosts, checkTexts } from './check.js';
import { POSTS_DIR, loadCorpus } from './corpus.js';

export const FIXED_FAMILIES = ['tone/', 'terms/', 'readability/'];
const NEAR = 20; // characters on either side of the edit where a new error is blamed on it
// Grammalecte's typography options: a fix is not judged on spaces, apostrophes or number formats.
const TYPOGRAPHY = ['nbsp', 'apos', 'esp', 'typo', 'unit', 'num', 'liga'];
/** Where harper.js is installed: bench/'s dependencies (`npm ci --prefix bench`). */
export const HARPER = fileURLToPath(new URL('../bench/node_modules/harper.js/dist/', import.meta.url));

/**
 * Every fix the CLI offers on the corpus for the judged families, one per suggestion.
 * @param {object[]} posts validated posts (loadCorpus)
 * @param {Map<string, object>} reports post id → CLI report (checkPosts)
 * @returns {object[]} {id, locale, platform, rule, message, label, safe, text, start, end,
 *   replacement, others}, start and end in UTF-16 code units of `text`; others: the spans of
 *   the rule's other findings in the post, which the fix need not remove
 */
export function collectFixes(posts, reports) {
  const fixes = [];
  for (const { id, locale, platform, text } of posts) {
    const seen = new Set();
    const { diagnostics } = reports.get(id);
    for (const d of diagnostics) {
      if (!FIXED_FAMILIES.some((f) => d.rule.startsWith(f))) continue;
      const others = diagnostics.filter((o) => o.rule === d.rule && o !== d).map(({ start, end }) => ({ start, end }));
      for (const s of d.suggestions) {
        const key = `${d.rule}\t${s.start}\t${s.end}\t${s.replacement}`;
        if (seen.has(key)) continue;
        seen.add(key);
        fixes.push({ id, locale, platform, rule: d.rule, message: d.message, label: s.label, safe: s.safe, text, start: s.start, end: s.end, replacement: s.replacement, others });
      }
    }
  }
  return fixes;
}

/** The fixed text of a fix. */
export const applyFix = (fix) => fix.text.slice(0, fix.start) + fix.replacement + fix.text.slice(fix.end);

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 256 * 2 ** 20, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error?.code === 'ENOENT') reject(new Error(`${cmd} is missing: run \`make oracle-tools\``));
      else if (error) reject(new Error(`${cmd} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/**
 * Grammalecte's grammar and spelling errors of each text, typography left out. The texts go
 * in a few calls (one per core), one line per Grammalecte paragraph, mapped back by line.
 * @param {string[]} texts
 * @returns {Promise<object[][]>} per text, errors {start, end, key, message, spelling}, offsets
 *   in UTF-16 code units of the text
 */
export async function grammalecte(texts) {
  const lines = []; // [text index, UTF-16 offset of the line in its text, line]
  texts.forEach((text, t) => {
    let offset = 0;
    for (const line of text.split('\n')) {
      // Characters Python may take for line ends become spaces: one code point each, as before.
      lines.push([t, offset, line.replace(/[\r\v\f\x1c-\x1e\x85\u2028\u2029]/g, ' ')]);
      offset += line.length + 1;
    }
  });
  const errors = texts.map(() => []);
  const dir = mkdtempSync(join(tmpdir(), 'brio-grammalecte-'));
  try {
    const size = Math.ceil(lines.length / availableParallelism());
    const chunks = [];
    for (let i = 0; i < lines.length; i += size) chunks.push(lines.slice(i, i + size));
    await Promise.all(chunks.map(async (chunk, c) => {
      const file = join(dir, `${c}.txt`);
      writeFileSync(file, chunk.map(([, , line]) => line).join('\n'));
      const out = JSON.parse(await run('grammalecte-cli', ['-f', file, '-j', '-off', ...TYPOGRAPHY]));
      for (const p of out.data) {
        const [t, offset, line] = chunk[p.iParagraph - 1];
        const chars = [...line]; // Grammalecte counts code points
        const at = (cp) => offset + chars.slice(0, cp).join('').length;
        for (const e of p.lGrammarErrors) {
          if (TYPOGRAPHY.includes(e.sType)) continue;
          errors[t].push({ start: at(e.nStart), end: at(e.nEnd), key: e.sType, message: `${e.sMessage} (${e.sRuleId})`, spelling: false });
        }
        for (const e of p.lSpellingErrors) {
          errors[t].push({ start: at(e.nStart), end: at(e.nEnd), key: 'spelling', message: `unknown word “${e.sValue}”`, spelling: true });
        }
      }
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return errors;
}

/** harper.js's lints that judge style, not grammar: no fix is bad for them. */
const STYLE_ONLY = new Set(['LongSentences']);

let harperLinter;
/**
 * harper.js's lints of each text (from bench/node_modules, `npm ci --prefix bench`).
 * @param {string[]} texts
 * @returns {Promise<object[][]>} per text, lints {start, end, key, message, spelling}
 */
export async function harper(texts) {
  if (!harperLinter) {
    if (!existsSync(join(HARPER, 'index.js'))) throw new Error(`harper.js is missing from ${HARPER}: run \`make oracle-tools\``);
    const { LocalLinter } = await import(join(HARPER, 'index.js'));
    const { binary } = await import(join(HARPER, 'binary.js'));
    harperLinter = new LocalLinter({ binary });
    await harperLinter.setup();
  }
  const all = [];
  for (const text of texts) {
    const lints = [];
    for (const [rule, found] of Object.entries(await harperLinter.organizedLints(text, { language: 'plaintext' }))) {
      // A sentence's length is style, not grammar: a wording one word longer can cross
      // harper.js's threshold in a sentence that was long already (Brio's
      // readability/long-sentence says so of the original).
      if (STYLE_ONLY.has(rule)) continue;
      for (const lint of found) {
        const { start, end } = lint.span(); // harper.js gives UTF-16 offsets
        const kind = lint.lint_kind();
        lints.push({ start, end, key: rule, message: `${lint.message()} (${rule})`, spelling: kind === 'Spelling', casing: kind === 'Capitalization' });
      }
    }
    all.push(lints);
  }
  return all;
}

/**
 * The errors of `after` the fix brought: near the edit (spelling: in the replacement itself),
 * and with no error of the same kind at the corresponding place of the original.
 */
function brought(fix, before, after) {
  const [a0, a1] = edited(fix);
  // A fix that only changes the case ("LATTE ART THROWDOWN" → "Latte art throwdown") writes the
  // writer's own words: a lint on how one of them is spelt or split, which the checker skipped
  // while it was in capitals, is about the words, not the fix. Its case is still judged.
  const recased = fix.replacement.toLowerCase() === fix.text.slice(fix.start, fix.end).toLowerCase();
  return after.filter((e) => {
    const near = e.spelling ? 0 : NEAR;
    if (!(e.start < a1 + near && e.end > a0 - near)) return false;
    if (e.spelling && a0 === a1) return false;
    if (recased && !e.casing && e.start >= a0 && e.end <= a1) return false;
    return !before.some((b) => b.key === e.key && inOriginal(fix, e, b));
  });
}

/** The replacement's span in the fixed text. */
const edited = (fix) => [fix.start, fix.start + fix.replacement.length];

/**
 * Whether the span `e` of the fixed text stands where the span `b` of the original stood (they
 * share a point once mapped back; a point inside the replacement maps to its edge).
 */
function inOriginal(fix, e, b) {
  const [a0, a1] = edited(fix);
  const back = (p, edge) => (p <= a0 ? p : p >= a1 ? p + fix.end - fix.start - fix.replacement.length : edge);
  return b.start <= back(e.end, fix.end) && back(e.start, fix.start) <= b.end;
}

/** `text` around [start, end), the span in brackets. */
function context(text, start, end, around = 30) {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  const flat = (s) => s.replace(/\n/g, '⏎');
  return `${from ? '…' : ''}${flat(text.slice(from, start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

/**
 * Judges every fix: Grammalecte (fr) or harper.js (en) on the text before and after, and the CLI
 * again on the fixed text, where the same rule must not fire on the replacement.
 * @param {object[]} fixes from collectFixes (or made by hand: the same fields)
 * @param {object} [options] passed to checkTexts (cli)
 * @returns {Promise<object[]>} each fix with `after`, `contextBefore`, `contextAfter` and
 *   `problems`: [{oracle, message, words}], empty for a good fix
 */
export async function judgeFixes(fixes, options) {
  const judged = fixes.map((fix) => ({ ...fix, after: applyFix(fix), problems: [] }));
  const oracles = { fr: ['grammalecte', grammalecte], en: ['harper.js', harper] };
  for (const [locale, [oracle, lint]] of Object.entries(oracles)) {
    const mine = judged.filter((f) => f.locale === locale);
    if (!mine.length) continue;
    const texts = [...new Set(mine.flatMap((f) => [f.text, f.after]))];
    const errors = new Map((await lint(texts)).map((e, i) => [texts[i], e]));
    for (const f of mine) {
      for (const e of brought(f, errors.get(f.text), errors.get(f.after))) {
        f.problems.push({ oracle, message: e.message, words: f.after.slice(e.start, e.end) });
      }
    }
  }
  const rechecked = await checkTexts(judged.map((f) => ({ text: f.after, platform: f.platform, locale: f.locale })), options);
  judged.forEach((f, i) => {
    const [a0, a1] = edited(f);
    for (const d of rechecked[i].diagnostics) {
      const on = a0 === a1 ? d.start < a0 && a0 < d.end : d.start < a1 && a0 < d.end;
      // A finding of the rule that was there before the fix, beside the one fixed, is not its fault.
      if (d.rule !== f.rule || !on || (f.others ?? []).some((o) => inOriginal(f, d, o))) continue;
      f.problems.push({ oracle: 'round trip', message: `${d.rule} fires again: ${d.message}`, words: f.after.slice(d.start, d.end) });
    }
    f.contextBefore = context(f.text, f.start, f.end);
    f.contextAfter = context(f.after, a0, a1);
  });
  return judged;
}

/**
 * The share of good fixes per language and per rule, and the bad fixes marked safe.
 * @param {object[]} judged from judgeFixes
 * @returns {{judged: number, good: number, locales: object, rules: object, bad: object[], badSafe: object[]}}
 */
export function summarize(judged) {
  const tally = (groups, key, f) => {
    const g = (groups[key] ??= { judged: 0, good: 0 });
    g.judged++;
    if (!f.problems.length) g.good++;
    g.share = g.good / g.judged;
  };
  const locales = {};
  const rules = {};
  for (const f of judged) {
    tally(locales, f.locale, f);
    tally(rules, `${f.locale} ${f.rule}`, f);
  }
  const bad = judged.filter((f) => f.problems.length);
  return { judged: judged.length, good: judged.length - bad.length, locales, rules, bad, badSafe: bad.filter((f) => f.safe) };
}

/**
 * The bad fixes, grouped by rule, with their context and the oracles' messages.
 * @param {object[]} bad judged fixes with problems
 * @returns {string}
 */
export function formatBad(bad) {
  const out = [];
  for (const rule of [...new Set(bad.map((f) => f.rule))].sort()) {
    out.push(`${rule}:`);
    for (const f of bad.filter((b) => b.rule === rule)) {
      out.push(`  ${f.id}  “${f.text.slice(f.start, f.end)}” → “${f.replacement}”${f.safe ? '  (marked SAFE)' : ''}`);
      out.push(`    before: ${f.contextBefore}`, `    after:  ${f.contextAfter}`);
      for (const p of f.problems) out.push(`    ${p.oracle}: ${p.message}  «${p.words}»`);
    }
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.includes('--posts') ? args[args.indexOf('--posts') + 1] : POSTS_DIR;
  const posts = loadCorpus(dir);
  const summary = summarize(await judgeFixes(collectFixes(posts, await checkPosts(posts))));
  if (args.includes('--json')) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    const pct = (x) => `${(100 * x).toFixed(1)}%`;
    console.log(`${summary.judged} fixes judged, ${summary.good} good (${pct(summary.good / summary.judged || 0)})`);
    for (const [locale, g] of Object.entries(summary.locales)) console.log(`  ${locale}: ${g.good}/${g.judged} good (${pct(g.share)})`);
    console.log('\nPer rule:');
    for (const [rule, g] of Object.entries(summary.rules).sort()) console.log(`  ${rule.padEnd(28)} ${String(g.good).padStart(4)}/${String(g.judged).padEnd(4)} ${pct(g.share)}`);
    console.log(`\nBad fixes (${summary.bad.length}), ${summary.badSafe.length} of them marked safe:`);
    if (summary.bad.length) console.log(formatBad(summary.bad));
  }
}
