// Diagnostics as marks to draw: [start, end) with the severity to show. Overlapping marks are
// cut into runs, each drawn once with its most severe mark, so that nothing nests.

import { SEVERITIES } from './styles.js';

/** Marks from a report's diagnostics; the rule decides the overflow style (platform/too-long). */
export function marksOf(diagnostics) {
  return diagnostics
    .map((d, index) => ({ start: d.start, end: d.end, severity: d.severity, overflow: d.rule === 'platform/too-long', index }))
    .filter((m) => m.end > m.start);
}

const RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
const rank = (severity) => RANK.get(severity) ?? SEVERITIES.length; // unknown: below the rest

/**
 * Cuts `marks` into non-overlapping runs, in text order: { start, end, severity, overflow,
 * mark }, where `severity` is the worst of the marks covering the run, `overflow` whether one of
 * them is an overflow, and `mark` the narrowest of them (the first one given, among equals).
 * One sweep over the sorted boundaries with a count per severity and a heap of the covering
 * marks by width: O(n log n) for n marks, however much they overlap. `stats.steps`, when
 * given, counts the sweep's elementary steps (a boundary visited, a heap move).
 * @param {{ start: number, end: number, severity: string, overflow?: boolean }[]} marks
 * @param {{ steps: number }} [stats]
 */
export function runs(marks, stats = { steps: 0 }) {
  const live = [];
  for (let i = 0; i < marks.length; i++) if (marks[i].end > marks[i].start) live.push(i);
  const byStart = [...live].sort((a, b) => marks[a].start - marks[b].start);
  const byEnd = [...live].sort((a, b) => marks[a].end - marks[b].end);
  const counts = new Array(SEVERITIES.length + 1).fill(0);
  let overflows = 0;
  const gone = new Uint8Array(marks.length);
  // A binary min-heap of mark positions, narrowest first, then first given.
  const heap = [];
  const less = (a, b) => {
    const wa = marks[a].end - marks[a].start;
    const wb = marks[b].end - marks[b].start;
    return wa < wb || (wa === wb && a < b);
  };
  const push = (i) => {
    heap.push(i);
    for (let c = heap.length - 1; c > 0; ) {
      stats.steps++;
      const p = (c - 1) >> 1;
      if (!less(heap[c], heap[p])) break;
      [heap[c], heap[p]] = [heap[p], heap[c]];
      c = p;
    }
  };
  const pop = () => {
    const last = heap.pop();
    if (!heap.length) return;
    heap[0] = last;
    for (let p = 0; ; ) {
      stats.steps++;
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === p) break;
      [heap[m], heap[p]] = [heap[p], heap[m]];
      p = m;
    }
  };
  const out = [];
  let s = 0;
  let e = 0;
  let active = 0;
  while (s < byStart.length || e < byEnd.length) {
    stats.steps++;
    const here = Math.min(s < byStart.length ? marks[byStart[s]].start : Infinity, e < byEnd.length ? marks[byEnd[e]].end : Infinity);
    while (e < byEnd.length && marks[byEnd[e]].end === here) {
      const i = byEnd[e++];
      gone[i] = 1;
      counts[rank(marks[i].severity)]--;
      if (marks[i].overflow) overflows--;
      active--;
    }
    while (s < byStart.length && marks[byStart[s]].start === here) {
      const i = byStart[s++];
      counts[rank(marks[i].severity)]++;
      if (marks[i].overflow) overflows++;
      active++;
      push(i);
    }
    if (!active) continue;
    while (gone[heap[0]]) pop();
    const next = Math.min(s < byStart.length ? marks[byStart[s]].start : Infinity, marks[byEnd[e]].end);
    const worstRank = counts.findIndex((c) => c > 0);
    const mark = marks[heap[0]];
    out.push({ start: here, end: next, severity: SEVERITIES[worstRank] ?? mark.severity, overflow: overflows > 0, mark });
  }
  return out;
}

/** The most severe of `marks`. */
export function worst(marks) {
  return marks.reduce((a, b) => (SEVERITIES.indexOf(b.severity) < SEVERITIES.indexOf(a.severity) ? b : a));
}

/** The mark to show for a place covered by `marks`: the narrowest, as the most specific. */
export function narrowest(marks) {
  return marks.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
}
