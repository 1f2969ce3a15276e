// Runs the native CLI over many texts at once: one temp file per text, one `brio check` call per
// platform and locale (split into chunks), the calls run in parallel. Starting the CLI once per
// post would cost more than checking all of them.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// BRIO_CLI: another build to judge (an earlier commit's, to compare before and after).
export const CLI = process.env.BRIO_CLI || fileURLToPath(new URL('../target/release/brio', import.meta.url));
const CHUNK = 100; // files per call: short command lines, and work for every core

function run(cli, args) {
  return new Promise((resolve, reject) => {
    execFile(cli, args, { maxBuffer: 256 * 2 ** 20, encoding: 'utf8' }, (error, stdout, stderr) => {
      // Exit 1 means "some post has an error diagnostic": the reports are still on stdout.
      if (error && error.code !== 1) reject(new Error(`${cli} ${args.slice(0, 6).join(' ')} …: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/**
 * Checks texts with the CLI, each with its own platform and locale.
 * @param {{text: string, platform: string, locale: string}[]} items
 * @param {{cli?: string, jobs?: number}} [options] cli: the brio binary (target/release/brio)
 * @returns {Promise<object[]>} the CLI's JSON report of each item, in the items' order
 */
export async function checkTexts(items, { cli = CLI, jobs = availableParallelism() } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'brio-eval-'));
  try {
    const groups = new Map();
    items.forEach((item, i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, item.text);
      const key = `${item.platform}\t${item.locale}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(file);
    });
    const calls = [];
    for (const [key, files] of groups) {
      const [platform, locale] = key.split('\t');
      for (let i = 0; i < files.length; i += CHUNK) {
        calls.push(['check', '--platform', platform, '--locale', locale, '--format', 'json', ...files.slice(i, i + CHUNK)]);
      }
    }
    const reports = new Array(items.length);
    let next = 0;
    const worker = async () => {
      while (next < calls.length) {
        const out = await run(cli, calls[next++]);
        for (const line of out.split('\n')) {
          if (!line.trim()) continue;
          const report = JSON.parse(line);
          reports[Number(report.file.slice(dir.length + 1, -'.txt'.length))] = report;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, calls.length) }, worker));
    const lost = reports.findIndex((report) => !report);
    if (lost >= 0) throw new Error(`${cli} returned no report for text #${lost}`);
    return reports;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Checks every post of the corpus with its own platform and locale.
 * @param {object[]} posts from loadCorpus
 * @param {object} [options] see checkTexts
 * @returns {Promise<Map<string, object>>} post id → the CLI's report
 */
export async function checkPosts(posts, options) {
  const reports = await checkTexts(posts, options);
  return new Map(posts.map((post, i) => [post.id, reports[i]]));
}
