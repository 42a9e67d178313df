// The height a chart reserves before it is drawn (no layout shift): from its
// `heights` or `height` attribute, else a rough estimate from its data.
import { BLANK_SLACK_PX, BLANK_SLACK_SHARE, DEFAULT_WIDTH_PX, ESTIMATE, MAX_WIDTH_PX, MIN_WIDTH_PX, NARROW_PX } from './constants.js';

/** The height the element reserves at `width` CSS px: from the `heights`
 *  attribute when it is given — pairs `WIDTH:HEIGHT` separated by spaces
 *  or commas, the height measured at each width: the height at that width
 *  when it is listed, else the larger of the two measured at the nearest
 *  listed widths around it (bars grow taller as the width shrinks, a donut
 *  as it grows; the larger never leaves the chart short), else the nearest
 *  one — else from the `height` attribute (CSS px at any width). NaN when
 *  neither is usable (then the chart takes its natural height). */
export function reservedHeight(heights, height, width) {
  const pairs = [];
  for (const part of String(heights ?? '').trim().split(/[\s,]+/).filter(Boolean)) {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) {
      pairs.length = 0;
      break;
    }
    pairs.push([Number(m[1]), Number(m[2])]);
  }
  if (pairs.length) {
    pairs.sort((a, b) => a[0] - b[0]);
    const below = pairs.filter((p) => p[0] <= width).at(-1);
    const above = pairs.find((p) => p[0] >= width);
    const h = Math.max(below?.[1] ?? 0, above?.[1] ?? 0);
    if (h > 0) return h;
  }
  const h = Number(height);
  return h > 0 ? h : NaN;
}

/** A rough height for the placeholder, from the parsed inline data. The
 *  real height comes from the wasm layout; this estimate only spares most
 *  of the shift when no `height` attribute is given. Every size it adds up
 *  is the layout's, from the core (constants.js's ESTIMATE); it sets any
 *  chart as 100 % stacked bars, one line of label per group. The core
 *  makes the same estimate (host::estimate_height in src/host.rs), step by
 *  step in the same order, and tests it against the layout. */
export function estimateHeight(data, width) {
  if (!data || !Array.isArray(data.groups) || !Array.isArray(data.tiers)) return ESTIMATE.fallback;
  const w = Number.isFinite(width) ? Math.min(Math.max(width, MIN_WIDTH_PX), MAX_WIDTH_PX) : DEFAULT_WIDTH_PX;
  const e = w < NARROW_PX ? ESTIMATE.narrow : ESTIMATE.wide;
  const inner = w - e.pad - e.pad;
  // A text's length (0 when it is not one), and the lines `n` characters
  // take at `px`.
  const len = (text) => (typeof text === 'string' ? text.length : 0);
  const lines = (n, px) => Math.ceil((n * px * ESTIMATE.charEm) / inner);
  let h = e.pad;
  if (len(data.title)) h += lines(len(data.title), e.titlePx) * e.titleLine + e.titleGap;
  h += lines(len(data.subtitle), e.subtitlePx) * e.subtitleLine;
  if (len(data.title) || len(data.subtitle)) h += e.headerGap;
  // The legend's entries flow in rows as the layout sets them.
  let rows = 1;
  let x = 0;
  for (const tier of data.tiers) {
    const label = len(tier?.label) * e.legendPx * ESTIMATE.charEm;
    const entry = Math.min(label, inner - e.legendSwatch) + e.legendSwatch;
    if (x > 0 && x + entry > inner) {
      rows += 1;
      x = 0;
    }
    x += entry + e.legendGap;
  }
  h += rows * (e.legendLine + e.legendRowGap) - e.legendRowGap + e.legendAfter;
  // Shares-only data: no totals, and a note over the notes.
  const shares = data.groups.some((g) => typeof g?.shares === 'object' && g.shares !== null && !Array.isArray(g.shares));
  h += Math.min(data.groups.length, ESTIMATE.maxGroups) * (shares ? e.sharesRow : e.groupRow);
  h += e.footerGap;
  if (shares) h += lines(ESTIMATE.sharesNote, e.notePx) * e.noteLine + e.noteGap;
  if (len(data.notes)) h += lines(len(data.notes), e.notePx) * e.noteLine + e.noteGap;
  h += lines(len(data.source?.text), e.notePx) * e.noteLine;
  return Math.ceil(h + e.pad);
}

/** Lays `chart` out at `width` CSS px and device pixel `ratio`, as tall as
 *  the element's `heights` or `height` attribute reserves, else its natural
 *  height; returns `{ height, margin }`: the chart's height, and the space
 *  (CSS px) to leave under the reader's tools so that the element keeps
 *  the height reserved. `heights` reserves space; it does not ask for
 *  blank paper: a chart whose kind cannot fill the height reserved
 *  between two measured widths (a donut does not grow with the height,
 *  bars do only so far) is as tall as its content, and the rest is left
 *  under its tools, a margin rather than a shift; or, when the rest is
 *  more than BLANK_SLACK_PX and BLANK_SLACK_SHARE of the height, the
 *  chart takes its natural height, a shift rather than a hole. A `height`
 *  attribute is the chart's height, kept (blank paper and all). */
export function resizeChart(chart, heights, height, width, ratio) {
  const h = reservedHeight(heights, height, width);
  const drawn = chart.resize(width, h > 0 ? h : undefined, ratio);
  const blank = chart.blankHeight;
  if (!blank || !(reservedHeight(heights, null, width) > 0)) return { height: drawn, margin: 0 };
  if (blank > Math.max(BLANK_SLACK_PX, BLANK_SLACK_SHARE * h)) return { height: chart.resize(width, undefined, ratio), margin: 0 };
  // (Laid out again at the height its content took: its bars as they
  // grew, or a few pixels thinner where a row grows by less than its bar.)
  return { height: chart.resize(width, h - blank, ratio), margin: blank };
}
