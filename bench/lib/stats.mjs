// Small numeric helpers of the benchmark: summaries of repeated samples
// and the number formats of the report. Units are decimal
// throughout: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes.

/** `{ median, min, max, n, samples }` of the finite numbers in `xs`, or null. */
export function summary(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length, samples: xs };
}

/** a / b of two summaries' medians (or plain numbers), or null. */
export function ratio(a, b) {
  const x = typeof a === 'number' ? a : a?.median;
  const y = typeof b === 'number' ? b : b?.median;
  return Number.isFinite(x) && Number.isFinite(y) && y > 0 ? x / y : null;
}

/** `12.3` style number with `digits` decimals, or an en dash for nothing. */
export function fmt(x, digits = 1) {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}

/** A summary as `median [min–max]`. */
export function fmtSummary(s, digits = 1) {
  if (!s) return '–';
  if (s.n === 1) return fmt(s.median, digits);
  return `${fmt(s.median, digits)} [${fmt(s.min, digits)}–${fmt(s.max, digits)}]`;
}

/** A ratio as `0.42×`. */
export function fmtRatio(r) {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : '–';
}

/** Bytes in KB with one decimal. */
export function kb(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} KB` : '–';
}

/** Bytes in MB with two decimals, signed when `signed`. */
export function mb(bytes, signed = false) {
  if (!Number.isFinite(bytes)) return '–';
  const v = (bytes / 1e6).toFixed(2);
  return `${signed && bytes >= 0 ? '+' : ''}${v} MB`;
}
