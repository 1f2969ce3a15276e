// Bad options throw a JS Error with a message that says what is wrong; never a wasm trap
// (RuntimeError), and the checker still works afterwards.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Checker } from './load.js';

function throwsClearly(fn, pattern) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.ok(!(e instanceof WebAssembly.RuntimeError), 'not a trap');
    assert.match(e.message, pattern);
    return true;
  });
}

test('unknown platform', () => {
  throwsClearly(() => new Checker({ platform: 'myspace' }), /unknown platform `myspace`.*x, mastodon, bluesky/);
});

test('bad locale', () => {
  throwsClearly(() => new Checker({ locale: 'de' }), /unknown locale `de` \(expected fr, en or auto\)/);
  throwsClearly(() => new Checker({ locale: 3 }), /`locale` must be a string/);
});

test('unknown option keys are named', () => {
  throwsClearly(() => new Checker({ plattform: 'x' }), /unknown Checker option `plattform`/);
  throwsClearly(() => new Checker('x'), /Checker options must be an object/);
  throwsClearly(() => new Checker({}).check('hi', { histroy: [] }), /unknown check option `histroy`/);
  throwsClearly(() => new Checker({}).check('hi', { history: 'not a list' }), /invalid check options/);
});

test('bad profiles: unknown key, wrong type, broken TOML and JSON', () => {
  throwsClearly(() => new Checker({ profile: { nmae: 'Acme' } }), /invalid profile: .*nmae/);
  throwsClearly(() => new Checker({ profile: { voice: { max_emoji: 'three' } } }), /invalid profile/);
  throwsClearly(() => new Checker({ profile: 'name = "Acme"\n[voice]\nmax_emojis = 3\n' }), /invalid profile: .*max_emojis.*line 3/s);
  throwsClearly(() => new Checker({ profile: 'name = ' }), /invalid profile/);
  throwsClearly(() => new Checker({ profile: '{"name": ' }), /invalid profile/);
  throwsClearly(() => new Checker({ profile: { rules: { 'tone/nope': 'off' } } }), /invalid profile: unknown rule `tone\/nope`/);
  throwsClearly(() => new Checker({ profile: [1, 2] }), /invalid profile/);
});

test('the text must be a string', () => {
  throwsClearly(() => new Checker().check(undefined), /text must be a string/);
  throwsClearly(() => new Checker().check({ text: 'hi' }), /text must be a string/);
});

test('the module still works after errors', () => {
  for (let i = 0; i < 50; i++) assert.throws(() => new Checker({ platform: `p${i}` }));
  assert.equal(new Checker({ platform: 'x' }).check('hello').length.used, 5);
});

test('bad hashtag statistics', () => {
  const checker = new Checker({});
  throwsClearly(() => checker.check('#a', { hashtagStats: { a: { postPerHour: 1 } } }), /invalid check options/);
  throwsClearly(() => checker.check('#a', { audience: -5 }), /audience must be a number of followers/);
});
