/** Order statistics for the bench (nearest-rank percentiles: no interpolation surprises). */

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summary(values) {
  return {
    n: values.length,
    median: median(values),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
  };
}

export function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}

export function round(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * A percentile bootstrap interval for the median of `values` (default 90 %): resamples with a
 * fixed-seed generator, so one set of figures always gives the same interval.
 */
export function medianInterval(values, { level = 0.9, resamples = 4000, seed = 1 } = {}) {
  if (values.length === 0) return null;
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: enough for resampling indices, and the same on every machine.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  const medians = [];
  for (let r = 0; r < resamples; r++) {
    const sample = values.map(() => values[Math.floor(next() * values.length)]);
    medians.push(median(sample));
  }
  const tail = ((1 - level) / 2) * 100;
  return { low: percentile(medians, tail), high: percentile(medians, 100 - tail), level };
}
