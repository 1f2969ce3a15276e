// Instructions per check of the wasm package under Node, counted by callgrind: the repeatable
// measure of the budgets' "3,000 characters in wasm" on a machine too busy for wall-clock A/B
// tests (a busy 2-core box moves p50 by ±30%; these counts move by ~3%, mostly from the GC).
//
//   make profile-wasm                            # post-fr, whole check and core alone
//   node bench/instructions.js [POST] [PKG_DIR]  # POST: a file of bench/posts without .txt
//   node bench/instructions.js corpus:tags-30    # every post of a class of the bench corpus
//   make profile-wasm POST=corpus:many-findings
//   node bench/instructions.js corpus:tags-30:fr pkg/fr   # its French posts, on the French build
//   node bench/instructions.js keys:doc-100k[:LOCALE]     # a keystroke in a long document
//   BRIO_INSTR_MODES=core node bench/instructions.js corpus:tweet   # the core alone
//
// Node runs single-threaded with TurboFan only (no Liftoff tier-up decided by timers), once with
// 10 and once with 110 measured checks after the same warm-up; the difference over 100 is the
// cost of one warm check, compilation and start-up cancelled out. "core" is `benchCoreOnly`
// (the Rust check without the report's crossing to JS); "check" is `Checker.check` as callers
// use it. Counts include JIT-compiled wasm and JS alike, so they track time far better than
// native callgrind counts of the core do; they are not times.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keystrokes } from './keystrokes.js';

const self = fileURLToPath(import.meta.url);

/** The posts of `corpus:CLASS` or `corpus:CLASS:LOCALE` (a one-language build checks its own). */
async function corpusPosts(post) {
  const [, name, locale] = post.split(':');
  const { generateCorpus } = await import('./corpus/generate.js');
  return generateCorpus().filter((p) => p.class === name && (!locale || p.locale === locale));
}


if (process.argv[2] === '--run') {
  // The measured process: [--run, pkg dir, post, rounds, mode].
  const [, dir, post, rounds, mode] = process.argv.slice(2);
  const url = pathToFileURL(`${dir}/`);
  const brio = await import(new URL('brio.js', url));
  brio.initSync({ module: readFileSync(new URL('brio_bg.wasm', url)) });
  // `keys:CLASS`: one round types and deletes a character at 25 places of each post of the
  // class through `session.edit` and `applyDelta`, as bench/compare.js times a keystroke.
  if (post.startsWith('keys:')) {
    const { applyDelta } = await import('../www/src/editor/report-delta.js');
    const steps = keystrokes(brio, applyDelta, await corpusPosts(post));
    const once = () => steps.forEach((step) => step());
    for (let i = 0; i < 6; i++) once();
    for (let i = 0; i < Number(rounds); i++) once();
    process.exit(0);
  }
  // One round checks the post, or each post of a corpus class once (with its platform and locale).
  const posts = post.startsWith('corpus:')
    ? await corpusPosts(post)
    : [{ text: readFileSync(new URL(`posts/${post}.txt`, import.meta.url), 'utf8') }];
  const checks = posts.map((p) => {
    const checker = new brio.Checker(p.platform
      ? { platform: p.platform, locale: p.locale }
      : { platform: p.text.length > 500 ? 'linkedin' : 'x' });
    return mode === 'core' ? () => checker.benchCoreOnly(p.text) : () => checker.check(p.text);
  });
  const once = () => checks.forEach((check) => check());
  for (let i = 0; i < 30; i++) once();
  for (let i = 0; i < Number(rounds); i++) once();
} else {
  const post = process.argv[2] ?? 'post-fr';
  const dir = resolve(process.argv[3] ?? join(self, '../../pkg'));
  const out = mkdtempSync(join(tmpdir(), 'brio-instr-'));
  const count = (rounds, mode) => {
    const file = join(out, `${mode}.${rounds}.out`);
    const run = spawnSync(
      'valgrind',
      ['--tool=callgrind', `--callgrind-out-file=${file}`, process.execPath, '--no-liftoff',
        '--single-threaded', self, '--run', dir, post, String(rounds), mode],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`valgrind failed (${run.status}): ${run.error ?? run.stderr}`);
    const refs = /refs:\s+([\d,]+)/.exec(run.stderr);
    return refs ? Number(refs[1].replaceAll(',', '')) : NaN;
  };
  // BRIO_INSTR_MODES=core counts the core alone (the whole check's count moves with the GC).
  const modes = (process.env.BRIO_INSTR_MODES ?? 'check,core').split(',');
  // A class is many posts per round: fewer rounds keep valgrind's run in minutes.
  const keys = post.startsWith('keys:');
  const posts = post.startsWith('corpus:') || keys ? (await corpusPosts(post)).length : 1;
  if (posts === 0) throw new Error(`no post in ${post}`);
  const [low, high] = keys ? [2, 6] : posts > 1 ? [5, 25] : [10, 110];
  try {
    if (keys) {
      const perKey = (count(high, 'keys') - count(low, 'keys')) / (high - low) / posts / 50;
      const per = `per keystroke (session.edit + applyDelta), the mean of ${posts} documents × 50`;
      console.log(`${post}: ${Math.round(perKey).toLocaleString('en')} instructions ${per}`);
    }
    for (const mode of keys ? [] : modes) {
      const perCheck = (count(high, mode) - count(low, mode)) / (high - low) / posts;
      const what = posts > 1 ? `per warm check, the mean of its ${posts} posts` : 'per warm check';
      console.log(`${post} ${mode}: ${Math.round(perCheck).toLocaleString('en')} instructions ${what}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
