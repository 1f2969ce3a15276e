// applyFix: the suggestion's UTF-16 range is replaced; a range that no longer fits the text (it
// changed since the check) is refused with an Error rather than corrupting the post.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Checker } from './load.js';

const checker = new Checker({ platform: 'x' });
const fix = (start, end, replacement) => ({ label: 'fix', replacement, start, end, safe: true });

test('applies a suggestion after emoji', () => {
  const text = 'Bravo 👏🏽 #innovation !';
  const start = text.indexOf('#innovation');
  const out = checker.applyFix(text, fix(start, start + '#innovation'.length, '#VivaTech2026'));
  assert.equal(out, 'Bravo 👏🏽 #VivaTech2026 !');
});

test('insertions and deletions', () => {
  assert.equal(checker.applyFix('Bonjour !', fix(7, 8, '\u202f')), 'Bonjour\u202f!');
  assert.equal(checker.applyFix('Hello  world', fix(5, 6, '')), 'Hello world');
  assert.equal(checker.applyFix('ab', fix(2, 2, 'c')), 'abc');
});

test('applies every suggestion the checker makes, when there are any', () => {
  // Rule-independent: whatever rules exist, their fixes must apply to the text they came from.
  const texts = [
    'Nous sommes fiers de vous annoncer notre partenariat ! Rendez-vous : demain #innovation',
    'We are thrilled to announce that we leverage synergies!!! #innovation #success',
  ];
  for (const text of texts) {
    for (const d of new Checker({ platform: 'linkedin' }).check(text).diagnostics) {
      for (const s of d.suggestions) {
        const out = checker.applyFix(text, s);
        assert.equal(out, text.slice(0, s.start) + s.replacement + text.slice(s.end), d.rule);
      }
    }
  }
});

test('refuses a stale range with a clear Error', () => {
  assert.throws(
    () => checker.applyFix('short', fix(10, 12, 'x')),
    (e) => e instanceof Error && /cannot apply fix/.test(e.message) && /10\.\.12/.test(e.message),
  );
  // Inside a surrogate pair: the text around it changed.
  assert.throws(() => checker.applyFix('a😀b', fix(2, 3, 'x')), (e) => e instanceof Error && /cannot apply fix/.test(e.message));
  assert.throws(() => checker.applyFix('abc', fix(2, 1, 'x')), Error);
});

test('refuses malformed suggestions with a clear Error', () => {
  assert.throws(() => checker.applyFix('abc', { start: 0 }), (e) => e instanceof Error && /invalid suggestion/.test(e.message));
  assert.throws(() => checker.applyFix('abc', null), (e) => e instanceof Error && /invalid suggestion/.test(e.message));
  assert.throws(() => checker.applyFix(42, fix(0, 1, 'x')), (e) => e instanceof Error && /text must be a string/.test(e.message));
});
