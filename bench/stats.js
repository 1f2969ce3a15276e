// Small statistics for the benches: timing loops, percentiles, least squares.
import { performance } from 'node:perf_hooks';

/** The value at quantile `q` (0..1) of sorted `values` (nearest rank, the lower one). */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function median(values) {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/** p50, p95 and p99 of `times` (any order). */
export function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), rounds: sorted.length };
}

/**
 * Runs `fn` at least `minRounds` times and for at least `minMs`, after a warm-up of `warmup`
 * rounds and at least `warmupMs`; times in µs. The warm-up is timed because engines optimise hot
 * code in the background (V8 tiers wasm up from its baseline compiler after enough calls): the
 * same for every tool, it measures them all at their steady speed.
 */
export async function measure(fn, { minRounds = 200, minMs = 1500, maxRounds = 20000, warmup = 20, warmupMs = 500 } = {}) {
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < warmupMs; i++) await fn();
  const times = [];
  const start = performance.now();
  while (times.length < maxRounds && (times.length < minRounds || performance.now() - start < minMs)) {
    const t = performance.now();
    await fn();
    times.push((performance.now() - t) * 1000);
  }
  return summary(times);
}

/**
 * Ordinary least squares: the coefficients `b` that minimise |X b - y|², by the normal equations
 * (a handful of columns, well-conditioned once scaled; Gaussian elimination with pivoting).
 */
export function leastSquares(rows, y) {
  // Fewer rows than unknowns (a run over one class of long posts, say) fit nothing.
  if (rows.length === 0 || rows.length < rows[0].length) return null;
  const k = rows[0].length;
  const a = Array.from({ length: k }, () => new Array(k + 1).fill(0));
  for (let r = 0; r < rows.length; r++) {
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) a[i][j] += rows[r][i] * rows[r][j];
      a[i][k] += rows[r][i] * y[r];
    }
  }
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    if (Math.abs(a[c][c]) < 1e-12) return null;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let j = c; j <= k; j++) a[r][j] -= f * a[c][j];
    }
  }
  const b = a.map((row, i) => row[k] / row[i]);
  const fitted = rows.map((row) => row.reduce((s, x, i) => s + x * b[i], 0));
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const total = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  const residual = y.reduce((s, v, i) => s + (v - fitted[i]) ** 2, 0);
  return { coefficients: b, r2: total === 0 ? 1 : 1 - residual / total };
}

/** mulberry32: a small 32-bit generator, uniform in [0, 1); plenty for reproducible choices. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded shuffle, so that every run visits the posts in the same orders. */
export function shuffler(seed) {
  const next = mulberry32(seed);
  return (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
}
