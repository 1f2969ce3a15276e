// The wasm package and the native CLI are one core: on a shared set of posts, checker.check()
// gives the same report as `brio check --format json` (minus `file`), on every platform. The
// wasm report crosses to JS by its own wire format (src/wasm/report.js), the CLI's by serde: the
// two must agree to the key order, which deepEqual does not see but JSON.stringify does.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Checker, root } from './load.js';
import { PLATFORMS, POSTS } from './posts.js';

const cli = join(root, 'target/release/brio');
const dir = mkdtempSync(join(tmpdir(), 'brio-parity-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const files = POSTS.map(({ name, text }) => {
  const path = join(dir, `${name}.txt`);
  writeFileSync(path, text);
  return path;
});
const profileToml = 'name = "Acme"\n[voice]\naddress = "vous"\nmax_exclamations = 1\n[hashtags]\nbanned = ["#ad"]\nrequired = ["#AcmeLive"]\n';
writeFileSync(join(dir, 'profile.toml'), profileToml);

function native(args) {
  let out;
  try {
    out = execFileSync(cli, ['check', '--format', 'json', ...args, ...files], { encoding: 'utf8' });
  } catch (e) {
    // Exit 1 means "some post has an error diagnostic": the reports are still on stdout.
    if (e.status !== 1) throw e;
    out = e.stdout;
  }
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

function compare(args, options) {
  const reports = native(args);
  assert.equal(reports.length, POSTS.length);
  const checker = new Checker(options);
  POSTS.forEach(({ name, text }, i) => {
    const { file, ...expected } = reports[i];
    assert.ok(file.endsWith(`${name}.txt`));
    const actual = checker.check(text, {});
    assert.deepEqual(actual, expected, `${args.join(' ')}: ${name}`);
    assert.equal(JSON.stringify(actual), JSON.stringify(expected), `${args.join(' ')}: ${name}, key order`);
  });
}

test('the CLI has been built', () => assert.ok(existsSync(cli), `${cli} (make cli)`));

for (const platform of PLATFORMS) {
  test(`same reports as the CLI on ${platform}`, () => {
    compare(['--platform', platform], { platform });
  });
}

test('same reports as the CLI with a locale forced', () => {
  compare(['--platform', 'x', '--locale', 'fr'], { platform: 'x', locale: 'fr' });
  compare(['--platform', 'linkedin', '--locale', 'en'], { platform: 'linkedin', locale: 'en' });
});

test('same reports as the CLI with a profile', () => {
  compare(['--platform', 'linkedin', '--profile', join(dir, 'profile.toml')], { platform: 'linkedin', profile: profileToml });
});
