// Offsets are UTF-16 code units (docs/architecture.md, "Contracts"): after emoji, flags and ZWJ sequences,
// text.slice(start, end) is exactly what was flagged, and no range splits a surrogate pair.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Checker } from './load.js';
import { PLATFORMS, POSTS } from './posts.js';

const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text, i) => i > 0 && i < text.length && isLow(text.charCodeAt(i));
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Whether UTF-16 offset `i` falls between two graphemes of `text`. */
function graphemeBoundary(text, i) {
  if (i === 0 || i === text.length) return true;
  for (const { index } of segmenter.segment(text)) if (index >= i) return index === i;
  return false;
}

test('entities after emoji and flags slice to their own text', () => {
  // Each entity is its own slice and starts with its sigil.
  const text = 'Merci 🙏🏽 à toute l’équipe 👩🏽‍💻🇫🇷 ! #AcmeLive #Librairies $ACME @ana';
  const report = new Checker({ platform: 'x' }).check(text);
  for (const [kind, sigil] of [['hashtags', /^[#＃]/], ['mentions', /^[@＠]/], ['cashtags', /^\$/]]) {
    for (const e of report.entities[kind]) {
      assert.equal(text.slice(e.start, e.end), e.text);
      assert.match(e.text, sigil);
    }
  }
  const tags = report.entities.hashtags.map((h) => text.slice(h.start, h.end));
  assert.deepEqual(tags, ['#AcmeLive', '#Librairies']);
  assert.deepEqual(report.entities.mentions.map((m) => m.text), ['@ana']);
  assert.deepEqual(report.entities.cashtags.map((c) => c.text), ['$ACME']);
});

test('the overflow after emoji starts at the first unit past the limit, in UTF-16', () => {
  // 270 'a' + space = 271; 👍🏿 (2 on X) = 273; the family (2) = 275; 🇯🇵 (2) = 277; " end " = 282.
  const text = 'a'.repeat(270) + ' 👍🏿👨‍👩‍👧‍👦🇯🇵 end #Tag';
  const report = new Checker({ platform: 'x' }).check(text);
  const d = report.diagnostics.find((x) => x.rule === 'platform/too-long');
  assert.ok(d);
  assert.equal(d.end, text.length);
  const flagged = text.slice(d.start, d.end);
  assert.ok(text.endsWith(flagged));
  assert.ok(flagged.length > 0 && flagged.length < 40, JSON.stringify(flagged));
  // The composer highlights whole characters: never half an emoji, a flag or a ZWJ family.
  assert.ok(graphemeBoundary(text, d.start), `${d.start}: ${JSON.stringify(flagged)}`);
});

test('flags counted two by two on X: the overflow begins on a whole flag', () => {
  const text = '🇫🇷🇬🇧🇩🇪 '.repeat(40) + '#EuropeDay';
  const report = new Checker({ platform: 'x' }).check(text);
  const d = report.diagnostics.find((x) => x.rule === 'platform/too-long');
  assert.ok(d);
  // A flag is two regional indicators, four UTF-16 units: the cut is at a flag or space boundary.
  assert.ok(graphemeBoundary(text, d.start), String(d.start));
  const before = text.slice(0, d.start);
  assert.ok(/(?:\p{RI}{2}| )$/u.test(before), JSON.stringify(before.slice(-8)));
});

test('no range splits a surrogate pair, on any post and platform', () => {
  for (const platform of PLATFORMS) {
    const checker = new Checker({ platform });
    for (const { name, text } of POSTS) {
      const r = checker.check(text);
      const ranges = [
        ...Object.values(r.entities).flat(),
        ...r.diagnostics,
        ...r.diagnostics.flatMap((d) => d.suggestions),
      ];
      for (const x of ranges) {
        assert.ok(!splitsPair(text, x.start) && !splitsPair(text, x.end), `${platform}/${name}: ${x.start}..${x.end}`);
      }
      for (const d of r.diagnostics) {
        assert.ok(graphemeBoundary(text, d.start) && graphemeBoundary(text, d.end), `${platform}/${name}: ${d.rule}`);
      }
    }
  }
});

test('lone surrogates from JS strings do not shift offsets', () => {
  const text = 'x\ud800y #Tag';
  const r = new Checker({ platform: 'x' }).check(text);
  assert.equal(r.entities.hashtags.length, 1);
  for (const h of r.entities.hashtags) assert.equal(text.slice(h.start, h.end), '#Tag');
});

test('lone surrogates in options and suggestions are read as U+FFFD, as the text is', () => {
  const checker = new Checker({ platform: 'x' });
  const text = 'Bonjour  le monde #Tag';
  const r = checker.check(text, { history: ['\udc00 #Tag', { text: 'a\ud83d' }], reference: '\ud800', contentWarning: 'cw\udfff' });
  assert.ok(r.diagnostics.length > 0);
  const fix = { label: 'x', replacement: '\ud800', start: 0, end: 1, safe: true };
  assert.equal(checker.applyFix('ab', fix), '\ufffdb');
});
