// The report's shape (docs/architecture.md, "Contracts") as JavaScript sees it: plain objects and arrays,
// numbers for offsets, the listed keys and no others.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Checker } from './load.js';
import { PLATFORMS, POSTS } from './posts.js';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const isPlain = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

function assertRange(v, text, where) {
  assert.equal(typeof v.start, 'number', where);
  assert.equal(typeof v.end, 'number', where);
  assert.ok(Number.isInteger(v.start) && Number.isInteger(v.end), where);
  assert.ok(0 <= v.start && v.start <= v.end && v.end <= text.length, `${where}: ${v.start}..${v.end} in ${text.length}`);
}

function assertReport(report, text, platform) {
  assert.ok(isPlain(report), 'a plain object, not a Map');
  assert.deepEqual(Object.keys(report).sort(), ['diagnostics', 'entities', 'length', 'locale', 'platform']);
  assert.ok(['fr', 'en'].includes(report.locale));
  assert.equal(report.platform, platform);
  assert.ok(isPlain(report.length));
  assert.equal(typeof report.length.used, 'number');
  assert.equal(typeof report.length.limit, 'number');
  assert.ok(['weighted', 'graphemes', 'characters'].includes(report.length.unit));
  assert.deepEqual(Object.keys(report.entities).sort(), ['cashtags', 'hashtags', 'mentions', 'urls']);
  for (const [kind, list] of Object.entries(report.entities)) {
    assert.ok(Array.isArray(list), kind);
    for (const e of list) {
      assert.ok(isPlain(e));
      assertRange(e, text, kind);
      assert.equal(text.slice(e.start, e.end), e.text, `${kind} text is the slice`);
    }
  }
  assert.ok(Array.isArray(report.diagnostics));
  for (const d of report.diagnostics) {
    assert.ok(isPlain(d));
    assert.deepEqual(Object.keys(d).sort(), ['category', 'end', 'message', 'rule', 'severity', 'start', 'suggestions']);
    assert.match(d.rule, /^[a-z-]+\/[a-z0-9-]+$/);
    assert.equal(d.category, d.rule.split('/')[0]);
    assert.ok(SEVERITIES.includes(d.severity));
    assert.ok(d.message.length > 0);
    assertRange(d, text, d.rule);
    for (const s of d.suggestions) {
      assert.deepEqual(Object.keys(s).sort(), ['end', 'label', 'replacement', 'safe', 'start']);
      assertRange(s, text, `${d.rule} suggestion`);
      assert.equal(typeof s.safe, 'boolean');
    }
  }
}

test('every post on every platform gives a report of the documented shape', () => {
  for (const platform of PLATFORMS) {
    const checker = new Checker({ platform, locale: 'auto' });
    for (const { name, text } of POSTS) {
      const report = checker.check(text, {});
      try {
        assertReport(report, text, platform);
      } catch (e) {
        e.message = `${platform}/${name}: ${e.message}`;
        throw e;
      }
    }
  }
});

test('options are optional: new Checker() and check(text) work', () => {
  const report = new Checker().check('Hello world, how are you?');
  assert.equal(report.platform, 'x');
  assert.equal(report.length.limit, 280);
  assert.deepEqual(new Checker(undefined).check('x', undefined).platform, 'x');
});

test('check options are accepted: history (strings or {text}), reference, contentWarning', () => {
  const checker = new Checker({ platform: 'mastodon' });
  const plain = checker.check('Bonjour à toutes et à tous', {});
  const warned = checker.check('Bonjour à toutes et à tous', {
    history: ['#a old post', { text: 'another #a' }],
    reference: 'Bonjour',
    contentWarning: 'spoiler: twelve chars',
  });
  // Mastodon counts the content warning towards the limit.
  assert.equal(warned.length.used, plain.length.used + 'spoiler: twelve chars'.length);
});

test('Checker.rules() lists the catalogue', () => {
  const rules = Checker.rules();
  assert.ok(Array.isArray(rules) && rules.length >= 1);
  for (const r of rules) {
    assert.ok(isPlain(r));
    assert.deepEqual(Object.keys(r).sort(), ['category', 'description', 'fixable', 'id', 'severity']);
    assert.equal(r.category, r.id.split('/')[0]);
    assert.ok(SEVERITIES.includes(r.severity));
    assert.equal(typeof r.fixable, 'boolean');
  }
  assert.ok(rules.some((r) => r.id === 'platform/too-long'));
});

test('Checker.platforms() lists the platform table', () => {
  const platforms = Checker.platforms();
  assert.deepEqual(platforms.map((p) => p.id), PLATFORMS);
  const byId = Object.fromEntries(platforms.map((p) => [p.id, p]));
  assert.equal(byId.x.limit, 280);
  assert.equal(byId.x.unit, 'weighted');
  assert.equal(byId.linkedin.limit, 3000);
  assert.equal(byId.bluesky.unit, 'graphemes');
  for (const p of platforms) {
    assert.ok(isPlain(p));
    assert.equal(typeof p.name, 'string');
    assert.ok(p.max_links === null || typeof p.max_links === 'number');
  }
});

test('the length follows the platform', () => {
  const text = 'a'.repeat(285);
  const x = new Checker({ platform: 'x' }).check(text);
  assert.deepEqual([x.length.used, x.length.limit], [285, 280]);
  const overflow = x.diagnostics.find((d) => d.rule === 'platform/too-long');
  assert.ok(overflow, 'too-long on X');
  assert.equal(overflow.severity, 'error');
  assert.equal(text.slice(overflow.start, overflow.end), 'aaaaa');
  const linkedin = new Checker({ platform: 'linkedin' }).check(text);
  assert.deepEqual([linkedin.length.used, linkedin.length.limit], [285, 3000]);
  assert.ok(!linkedin.diagnostics.some((d) => d.rule === 'platform/too-long'));
});

test('a profile can be an object, TOML source or JSON source', () => {
  const toml = 'name = "Acme"\n[voice]\nmax_emoji = 1\n[hashtags]\nbanned = ["#ad"]\n';
  const json = JSON.stringify({ name: 'Acme', voice: { max_emoji: 1 }, hashtags: { banned: ['#ad'] } });
  const object = { name: 'Acme', voice: { max_emoji: 1 }, hashtags: { banned: ['#ad'] } };
  const text = 'Nouveau site en ligne #ad';
  const reports = [toml, json, object].map((profile) => new Checker({ platform: 'x', profile }).check(text));
  assert.deepEqual(reports[1], reports[0]);
  assert.deepEqual(reports[2], reports[0]);
});

test('brio.d.ts types the API without any for the report', () => {
  const dts = readFileSync(new URL('../../pkg/brio.d.ts', import.meta.url), 'utf8');
  for (const name of ['Report', 'Diagnostic', 'Suggestion', 'Entity', 'Length', 'CheckerOptions', 'CheckOptions', 'RuleInfo', 'PlatformInfo']) {
    assert.match(dts, new RegExp(`export (interface|type) ${name}\\b`), name);
  }
  assert.match(dts, /constructor\(options\?: CheckerOptions( \| null)?\)/);
  assert.match(dts, /check\(text: string, options\?: CheckOptions( \| null)?\): Report;/);
  assert.match(dts, /applyFix\(text: string, suggestion: Suggestion\): string;/);
  assert.match(dts, /static rules\(\): RuleInfo\[\];/);
  assert.match(dts, /static platforms\(\): PlatformInfo\[\];/);
  const start = dts.indexOf('export class Checker');
  const checker = dts.slice(start, dts.indexOf('\n}\n', start));
  assert.doesNotMatch(checker, /\bany\b/);
});

test('a large document with a caret is checked around it, and the report says which part', () => {
  const checker = new Checker({ platform: 'linkedin', locale: 'fr' });
  const paragraph = 'Nous sommes très fiers d’annoncer notre synergie disruptive !!! #innovation 🚀\n';
  const text = paragraph.repeat(2000); // ~170 KB
  const caret = Math.floor(text.length / 2);
  const report = checker.check(text, { caret });
  assert.ok(isPlain(report.scope));
  // In the order of docs/contracts.md and of the CLI's JSON, last in the report.
  assert.deepEqual(Object.keys(report.scope), ['start', 'end', 'total', 'message']);
  assert.equal(Object.keys(report).at(-1), 'scope');
  assert.match(report.scope.message, /Ko/);
  assert.equal(report.scope.total, text.length);
  assert.ok(report.scope.start < caret && caret < report.scope.end);
  assert.equal(report.length.used, text.length, 'the length is the whole text');
  for (const d of report.diagnostics) {
    assertRange(d, text, d.rule);
    if (d.rule !== 'platform/too-long') assert.ok(d.start >= report.scope.start && d.end <= report.scope.end, d.rule);
  }
  assert.equal(report.diagnostics.filter((d) => d.rule === 'platform/too-long').length, 1);
  // A caret in a short post, or past the end, changes nothing; a bad one is refused.
  assert.equal(checker.check('Un post court.', { caret: 3 }).scope, undefined);
  assert.ok(checker.check(text, { caret: 10 ** 9 }).scope.end === text.length);
  assert.throws(() => checker.check(text, { caret: -1 }), /caret must be a UTF-16 offset/);
});

test('a session reports on every update what check reports on the same text, however long', () => {
  const checker = new Checker({ platform: 'linkedin' });
  const paragraphs = [
    'Nous sommes très fiers d’annoncer notre synergie disruptive !!! #innovation 🚀',
    'We leverage synergies going forward. Read more at https://example.com and ask @alice.',
    '« Une citation qui commence ici',
    'et qui finit là », dit-elle. #innovation #Innovation',
  ];
  let text = Array.from({ length: 400 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n'); // ~30 KB
  const options = { reference: 'Nous sommes fiers d’annoncer notre offre.' };
  const session = checker.session(options);
  assert.deepEqual(session.update(text), checker.check(text, options));
  // Typing, deleting, a paragraph split and joined, at the start, the middle and the end.
  const edits = [
    [text.length / 2, 0, 's'],
    [10, 3, ''],
    [text.length - 5, 0, '\n\n'],
    [text.length / 3, 0, '\n\nTHIS IS HUGE NEWS!!!\n\n'],
    [text.length / 3 + 2, 2, ''],
    [0, 0, '“'],
  ];
  for (const [at, remove, insert] of edits) {
    const i = Math.floor(at);
    text = text.slice(0, i) + insert + text.slice(i + remove);
    const report = session.update(text);
    assert.equal(report.scope, undefined, 'a session reports on the whole text');
    assert.deepEqual(report, checker.check(text, options), JSON.stringify(insert));
  }
  // A text over 64 KB: the same report as a check without a caret.
  const long = text.repeat(3);
  assert.deepEqual(session.update(long), checker.check(long, options));
  assert.throws(() => checker.session({ caret: 3 }), /takes no caret/);
  assert.throws(() => checker.session({ nope: 1 }), /nope/);
  assert.throws(() => session.update(42), /text must be a string/);
  session.free();
});
