// Checker.learn: a brand's voice from its posts (an array, or an export's text), to a profile
// that a Checker takes as it is, with its TOML and evidence; bad input throws a clear Error.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checker, root } from './load.js';

const aurel = readFileSync(join(root, 'eval/voices/aurel.jsonl'), 'utf8');

test('learns from an export and the profile checks drafts', () => {
  const learned = Checker.learn(aurel, { locale: 'fr' });
  assert.equal(learned.profile.locale, 'fr');
  assert.equal(learned.profile.voice.address, 'vous');
  assert.ok(learned.profile.voice.learned.posts >= 40);
  assert.match(learned.toml, /# \d+ of \d+ posts address the reader as « vous »/);
  assert.equal(typeof learned.evidence.values['voice.address'], 'string');
  assert.equal(learned.read.posts, learned.profile.voice.learned.posts);
  const checker = new Checker({ profile: learned.profile, platform: 'linkedin' });
  const own = checker.check('Vos relevés de compte sont disponibles dans AurelPlus, avec le détail de chaque opération.');
  assert.deepEqual(own.diagnostics.filter((d) => d.rule === 'tone/off-voice'), []);
  const off = checker.check('Tu as vu ? Ton appli Aurelplus fait peau neuve 🚀🔥');
  const hint = off.diagnostics.filter((d) => d.rule === 'tone/off-voice');
  assert.equal(hint.length, 1);
  assert.equal(hint[0].severity, 'hint');
  assert.match(hint[0].message, /« tu »/);
  // The same profile as TOML source loads too.
  new Checker({ profile: learned.toml });
});

test('learns from an array of posts', () => {
  const posts = aurel.trim().split('\n').map((line) => JSON.parse(line).text);
  const learned = Checker.learn(posts.map((text) => ({ text, platform: 'linkedin' })));
  assert.equal(learned.profile.voice.address, 'vous');
  assert.deepEqual(learned.warnings, []);
});

test('bad input throws a clear Error, never a trap', () => {
  for (const [fn, pattern] of [
    [() => Checker.learn('just some notes'), /not a recognised export/],
    [() => Checker.learn([3]), /posts\[0\]/],
    [() => Checker.learn(42), /posts must be/],
    [() => Checker.learn(['Bonjour.'], { locale: 'de' }), /unknown locale `de`/],
    [() => Checker.learn(['Bonjour.'], { lang: 'fr' }), /unknown learn option `lang`/],
  ]) {
    assert.throws(fn, (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && pattern.test(e.message));
  }
});
