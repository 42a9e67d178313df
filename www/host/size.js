// The height a chart reserves before it is drawn (no layout shift): from its
// `heights` or `height` attribute, else a rough estimate from its data.
import { BLANK_SLACK_PX, NARROW_PX } from './constants.js';

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
 *  of the shift when no `height` attribute is given. */
export function estimateHeight(data, width) {
  if (!data || !Array.isArray(data.groups) || !Array.isArray(data.tiers)) return 320;
  const narrow = width < NARROW_PX;
  const inner = Math.max(width - (narrow ? 24 : 32), 100);
  const lines = (text, px) => (typeof text === 'string' ? Math.max(1, Math.ceil((text.length * px * 0.55) / inner)) : 0);
  let h = narrow ? 24 : 32;
  h += lines(data.title, narrow ? 17 : 20) * (narrow ? 22 : 25) + lines(data.subtitle, 14) * 18;
  if (data.title || data.subtitle) h += 12;
  const legend = data.tiers.reduce((n, t) => n + String((t && t.label) || '').length + 6, 0);
  h += Math.max(1, Math.ceil((legend * 13 * 0.55) / inner)) * 21 + 14;
  h += Math.min(data.groups.length, 10000) * (narrow ? 55 : 48);
  if (typeof data.notes === 'string') h += lines(data.notes, 12) * 16 + 4;
  if (data.source) h += 16;
  return Math.round(h);
}

/** Lays `chart` out at `width` CSS px and device pixel `ratio`, as tall as
 *  the element's `heights` or `height` attribute reserves, else its natural
 *  height; returns the height. `heights` reserves space; it does not ask
 *  for blank paper: a chart whose kind cannot fill the height reserved
 *  between two measured widths (a donut does not grow with the height,
 *  bars do) takes its natural height, a shift rather than a hole. A
 *  `height` attribute is the chart's height, kept. */
export function resizeChart(chart, heights, height, width, ratio) {
  const h = reservedHeight(heights, height, width);
  const drawn = chart.resize(width, h > 0 ? h : undefined, ratio);
  if (chart.blankHeight > Math.max(BLANK_SLACK_PX, 0.12 * h) && reservedHeight(heights, null, width) > 0) {
    return chart.resize(width, undefined, ratio);
  }
  return drawn;
}
