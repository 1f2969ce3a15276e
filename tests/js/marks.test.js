// runs() cuts overlapping marks into runs in one sweep: the same runs as the definition (every
// stretch between two boundaries, with the marks covering it) on random marks, and a number of
// steps that grows as n log n, not n², however much 20,000 marks overlap.
import test from 'node:test';
import assert from 'node:assert/strict';
import { narrowest, runs, worst } from '../../www/src/editor/marks.js';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/** The definition, quadratic: what runs() must give. */
function reference(all) {
  const marks = all.filter((m) => m.end > m.start);
  const cuts = [...new Set(marks.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = marks.filter((m) => m.start <= start && m.end >= end && m.end > m.start);
    if (covering.length) {
      out.push({ start, end, severity: worst(covering).severity, overflow: covering.some((m) => m.overflow), mark: narrowest(covering) });
    }
  }
  return out;
}

/** A seeded generator, so that a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function randomMarks(n, span, seed) {
  const r = random(seed);
  return Array.from({ length: n }, (_, index) => {
    const start = Math.floor(r() * span);
    return {
      start,
      end: start + Math.floor(r() * 40),
      severity: SEVERITIES[Math.floor(r() * 4)],
      overflow: r() < 0.05,
      index,
    };
  });
}

test('runs() gives the runs of the definition on random overlapping marks', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const marks = randomMarks(200, 600, seed);
    assert.deepEqual(runs(marks), reference(marks), `seed ${seed}`);
  }
});

test('runs() with no marks, empty marks and one mark', () => {
  assert.deepEqual(runs([]), []);
  assert.deepEqual(runs([{ start: 3, end: 3, severity: 'error', index: 0 }]), []);
  const one = { start: 2, end: 5, severity: 'info', index: 0 };
  assert.deepEqual(runs([one]), [{ start: 2, end: 5, severity: 'info', overflow: false, mark: one }]);
});

/** 20,000 marks nested in one another (each covers all the runs inside it): the worst case. */
function nested(n) {
  return Array.from({ length: n }, (_, i) => ({ start: i, end: 2 * n - i, severity: SEVERITIES[i % 4], index: i }));
}

test('runs() on 20,000 nested marks: linearithmic steps, and the right runs', () => {
  const steps = (n) => {
    const stats = { steps: 0 };
    const out = runs(nested(n), stats);
    assert.equal(out.length, 2 * n - 1);
    return { stats, out };
  };
  const { stats: small } = steps(10_000);
  const { stats: large, out } = steps(20_000);
  // n log n doubles a little over twice; n² would be four times.
  const ratio = large.steps / small.steps;
  assert.ok(ratio < 2.5, `steps grew ${ratio.toFixed(2)}× for twice the marks`);
  assert.ok(large.steps < 20_000 * 40, `${large.steps} steps`);
  // Every run is inside the innermost mark covering it, and the worst severity is an error
  // wherever an error mark covers it (marks 0, 4, 8… cover everything from their start on).
  assert.deepEqual(out[0], { start: 0, end: 1, severity: 'error', overflow: false, mark: nested(20_000)[0] });
  const middle = out[19_999];
  assert.equal(middle.mark.index, 19_999);
  assert.equal(middle.severity, 'error');
});

test('runs() on 20,000 disjoint marks: one run each', () => {
  const marks = Array.from({ length: 20_000 }, (_, i) => ({ start: 3 * i, end: 3 * i + 2, severity: 'hint', index: i }));
  const stats = { steps: 0 };
  const out = runs(marks, stats);
  assert.equal(out.length, 20_000);
  assert.ok(out.every((run, i) => run.mark === marks[i] && run.start === 3 * i));
  assert.ok(stats.steps < 20_000 * 4, `${stats.steps} steps`);
});
