// Diagnostics as marks to draw: [start, end) with the severity to show. Overlapping marks are
// cut into runs, each drawn once with its most severe mark, so that nothing nests.

import { SEVERITIES } from './styles.js';

/** Marks from a report's diagnostics; the rule decides the overflow style (platform/too-long). */
export function marksOf(diagnostics) {
  return diagnostics
    .map((d, index) => ({ start: d.start, end: d.end, severity: d.severity, overflow: d.rule === 'platform/too-long', index }))
    .filter((m) => m.end > m.start);
}

/** Cuts `marks` into non-overlapping runs: { start, end, marks: [...] }, in text order. */
export function runs(marks) {
  const cuts = [...new Set(marks.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    if (covering.length) out.push({ start, end, marks: covering });
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
