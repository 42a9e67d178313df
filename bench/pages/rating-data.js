// Shared by the two reference pages of the benchmark (Chart.js and the bare
// canvas): reads a rating-data v1 document and derives what our widget shows
// — shares over each group's total rounded by the largest-remainder method,
// the decimals that keep every non-zero share non-zero, vi-VN number formats
// and the widget's default colours for the seed's four tiers. It is the code
// a developer would write next to either reference, so its bytes are counted.
// Only what the benchmark data uses is supported (locale vi-VN, no
// "not reported" part, no custom colours).
'use strict';

window.RatingData = (() => {
  /** Fill of each tier, in tier order, and the text colour drawn on it. */
  const COLORS = ['#08519c', '#4292c6', '#bdbdbd', '#a63603'];
  const TEXT_ON = ['#ffffff', '#1a1a1a', '#1a1a1a', '#ffffff'];
  const INK = '#1a1a1a';
  const INK_MUTED = '#595959';
  const FONT_FAMILY = "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

  /** Largest-remainder shares of 100 % in units of 10^-decimals percent. */
  function shares(values, decimals) {
    const total = values.reduce((a, b) => a + b, 0);
    if (total === 0) return values.map(() => 0);
    const whole = 100 * 10 ** decimals;
    const units = values.map((v) => Math.floor((v * whole) / total));
    const order = values
      .map((v, i) => ({ i, rem: (v * whole) % total }))
      .sort((a, b) => b.rem - a.rem || a.i - b.i);
    let left = whole - units.reduce((a, b) => a + b, 0);
    for (const { i, rem } of order) {
      if (left === 0) break;
      if (rem > 0) units[i] += 1;
      left -= 1;
    }
    return units;
  }

  function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  function formatShare(units, decimals) {
    const scale = 10 ** decimals;
    const int = Math.floor(units / scale);
    const frac = decimals > 0 ? `,${String(units % scale).padStart(decimals, '0')}` : '';
    return `${int}${frac}\u00a0%`;
  }

  /** The document's rows: label, total, counts and share labels per tier. */
  function read(jsonText) {
    const doc = JSON.parse(jsonText);
    const counts = doc.groups.map((g) => doc.tiers.map((t) => g.counts[t.id] || 0));
    let decimals = 1;
    while (decimals < 3 && counts.some((c) => shares(c, decimals).some((u, i) => c[i] > 0 && u === 0))) {
      decimals += 1;
    }
    const rows = doc.groups.map((g, gi) => {
      const c = counts[gi];
      const total = g.total ?? c.reduce((a, b) => a + b, 0);
      const units = shares(c, decimals);
      return {
        label: g.label,
        totalText: `Tổng: ${formatCount(total)}`,
        counts: c,
        total,
        percents: c.map((v) => (total ? (100 * v) / total : 0)),
        labels: units.map((u, i) => (c[i] > 0 ? formatShare(u, decimals) : '')),
      };
    });
    return {
      title: doc.title,
      subtitle: doc.subtitle,
      source: doc.source ? `Nguồn: ${doc.source.text}` : '',
      tiers: doc.tiers.map((t) => t.label),
      rows,
    };
  }

  return { read, COLORS, TEXT_ON, INK, INK_MUTED, FONT_FAMILY };
})();
