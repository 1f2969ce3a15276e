// changedRegion() finds the edit between two texts by comparing native slices; it must find the
// same region as the plain character-by-character definition, on random edits, and rebase()
// keeps, moves or drops marks by it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { changedRegion, rebase } from '../../www/src/editor/rebase.js';

function definition(before, after) {
  let start = 0;
  const min = Math.min(before.length, after.length);
  while (start < min && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < min - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, endBefore: before.length - tail, endAfter: after.length - tail };
}

test('changedRegion() agrees with the definition on random edits of random texts', () => {
  let s = 7;
  const r = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const word = (n) => Array.from({ length: n }, () => 'ab\n'[Math.floor(r() * 3)]).join('');
  for (let i = 0; i < 2000; i++) {
    const before = word(Math.floor(r() * 5000));
    const at = Math.floor(r() * (before.length + 1));
    const after = before.slice(0, at) + word(Math.floor(r() * 6)) + before.slice(at + Math.floor(r() * 6));
    assert.deepEqual(changedRegion(before, after), definition(before, after), `case ${i}`);
  }
  const big = 'x'.repeat(1 << 20);
  assert.deepEqual(changedRegion(big, `${big.slice(0, 700_000)}yz${big.slice(700_001)}`), { start: 700_000, endBefore: 700_001, endAfter: 700_002 });
  assert.deepEqual(changedRegion(big, big), { start: big.length, endBefore: big.length, endAfter: big.length });
});

test('rebase() keeps marks before an edit, moves those after it, drops those it touched', () => {
  const marks = [
    { start: 0, end: 3, index: 0 },
    { start: 5, end: 8, index: 1 },
    { start: 10, end: 12, index: 2 },
  ];
  const out = rebase(marks, 'abc..def..gh', 'abc..dXef..gh');
  assert.deepEqual(out, [marks[0], { start: 11, end: 13, index: 2 }]);
});

test('rebase() stretches an overflow mark that holds the edit, and still drops a word mark', () => {
  const text = Array.from({ length: 300 }, (_, i) => String.fromCharCode(65 + (i % 26))).join('');
  const overflow = { start: 280, end: 300, overflow: true, index: 0 };
  const word = { start: 285, end: 290, index: 1 };
  const after = `${text.slice(0, 287)}xyz${text.slice(287)}`;
  assert.deepEqual(rebase([overflow, word], text, after), [{ ...overflow, end: 303 }]);
  // An edit that reaches before the overflow's start drops it: where the limit falls moved.
  assert.deepEqual(rebase([overflow], text, `${text.slice(0, 279)}${text.slice(282)}`), []);
});
