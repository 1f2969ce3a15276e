// `make eval`: checks every post of eval/posts with the CLI and prints, per language and in
// total, precision and recall per rule, then every false positive and every miss.
//
//   node eval/run.js               # tables, then the false positives and misses
//   node eval/run.js --markdown    # the tables in Markdown, for the README
//   node eval/run.js --json        # the figures as JSON
//   node eval/run.js --summary     # one Markdown table, French and English side by side (README)
//   node eval/run.js --posts DIR   # another corpus
//
// A report, not a test: exit 0 whatever the figures, 2 when the corpus is invalid.
import { execFileSync } from 'node:child_process';
import { CLI, checkPosts } from './check.js';
import { CorpusError, LOCALES, POSTS_DIR, loadCorpus } from './corpus.js';
import { score } from './score.js';

const args = process.argv.slice(2);
const dir = args.includes('--posts') ? args[args.indexOf('--posts') + 1] : POSTS_DIR;
const NAMES = { fr: 'French', en: 'English', all: 'Total' };

const rules = new Set(JSON.parse(execFileSync(CLI, ['rules', '--format', 'json'], { encoding: 'utf8' })).map((r) => r.id));
let posts;
try {
  posts = loadCorpus(dir, { rules });
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  console.error(e.message);
  process.exit(2);
}
const start = performance.now();
const result = score(posts, await checkPosts(posts));
const seconds = (performance.now() - start) / 1000;
const scopes = [...LOCALES, 'all'].filter((s) => result.scopes[s]).map((s) => [s, result.scopes[s]]);

const pct = (x) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);
const rows = (s) => [...Object.entries(s.rules), ['total', s.total]];
/** The flagged words on one line, long spans cut in the middle. */
const quote = (words) => {
  const flat = words.replace(/\s*\n\s*/g, ' ⏎ ');
  return `«${flat.length > 70 ? `${flat.slice(0, 40)} … ${flat.slice(-25)}` : flat}»`;
};
const cleanLine = (s) => `clean posts with no false hint: ${s.clean.noFalseHint}/${s.clean.posts} (${pct(s.clean.share)})`;

if (args.includes('--json')) {
  console.log(JSON.stringify({ ...result, scopes: Object.fromEntries(scopes) }, null, 2));
} else if (args.includes('--summary')) {
  const langs = scopes.filter(([name]) => name !== 'all');
  const all = [...new Set(langs.flatMap(([, s]) => Object.keys(s.rules)))].sort();
  const cells = (r) => (r ? [pct(r.precision), pct(r.recall)] : ['', '']);
  console.log(`| Rule | ${langs.map(([n]) => `${NAMES[n]} precision | ${NAMES[n]} recall`).join(' | ')} |`);
  console.log(`|---|${langs.map(() => '--:|--:|').join('')}`);
  for (const rule of all) console.log(`| \`${rule}\` | ${langs.flatMap(([, s]) => cells(s.rules[rule])).join(' | ')} |`);
  console.log(`| **all rules** | ${langs.flatMap(([, s]) => cells(s.total).map((c) => `**${c}**`)).join(' | ')} |`);
  const clean = ([, s]) => `**${pct(s.clean.share)}** (${s.clean.noFalseHint}/${s.clean.posts})`;
  console.log(`| **clean posts with no false hint** | ${langs.map((l) => `${clean(l)} | `).join(' | ')} |`);
} else if (args.includes('--markdown')) {
  for (const [name, s] of scopes) {
    console.log(`**${NAMES[name]}** (${s.posts} posts; ${cleanLine(s)})\n`);
    console.log('| Rule | TP | FP | Misses | Precision | Recall |\n|---|--:|--:|--:|--:|--:|');
    for (const [rule, r] of rows(s)) {
      const cell = rule === 'total' ? '**total**' : `\`${rule}\``;
      console.log(`| ${cell} | ${r.tp} | ${r.fp} | ${r.misses} | ${pct(r.precision)} | ${pct(r.recall)} |`);
    }
    console.log();
  }
} else {
  const width = Math.max(24, ...scopes.flatMap(([, s]) => Object.keys(s.rules).map((r) => r.length + 2)));
  const line = (cells) => cells[0].padEnd(width) + cells.slice(1).map((c, i) => String(c).padStart(i < 3 ? 7 : 11)).join('');
  for (const [name, s] of scopes) {
    console.log(`\n${NAMES[name]}: ${s.posts} posts`);
    console.log(line(['rule', 'TP', 'FP', 'misses', 'precision', 'recall']));
    for (const [rule, r] of rows(s)) console.log(line([rule, r.tp, r.fp, r.misses, pct(r.precision), pct(r.recall)]));
    console.log(cleanLine(s));
  }
  console.log(`\nFalse positives (${result.falsePositives.length}):`);
  for (const f of result.falsePositives) {
    console.log(`  ${f.id}  ${f.rule}  ${quote(f.words)}  ${f.message}${f.trap ? `  [a trap: not "${f.trap}"]` : ''}`);
  }
  console.log(`\nMisses (${result.misses.length}):`);
  for (const m of result.misses) console.log(`  ${m.id}  ${m.label}`);
  console.log(`\n${posts.length} posts checked in ${seconds.toFixed(1)} s`);
}
