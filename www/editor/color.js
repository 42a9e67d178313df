// Colours for the editor's checks: CSS colour text to sRGB (through the
// browser's own parser), CIE L*a*b* and the CIE76 colour difference ΔE*ab.

/** Below this ΔE*ab two tiers' colours are hard to tell apart in a chart
 *  (the default palettes keep at least 10.5 between neighbours). */
export const TOO_CLOSE = 10;

let ctx = null;

/** [r, g, b] (0–255) of a CSS colour, or null when it is not an opaque colour. */
export function parseCss(text) {
  const s = String(text ?? '').trim();
  if (!s) return null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (hex) return hexToRgb(s);
  if (typeof document === 'undefined') return null;
  ctx ??= document.createElement('canvas').getContext('2d');
  // Two different starting values: a colour the browser refuses leaves each unchanged.
  ctx.fillStyle = '#010203';
  ctx.fillStyle = s;
  const a = ctx.fillStyle;
  ctx.fillStyle = '#030201';
  ctx.fillStyle = s;
  const b = ctx.fillStyle;
  if (a !== b) return null;
  if (a.startsWith('#')) return hexToRgb(a);
  const m = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(a);
  if (!m || (m[4] !== undefined && Number(m[4]) < 1)) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function hexToRgb(hex) {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const n = parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbToHex([r, g, b]) {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** CIE L*a*b* (D65) of an sRGB colour. */
export function toLab([r, g, b]) {
  const lin = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const x = (lin[0] * 0.4124564 + lin[1] * 0.3575761 + lin[2] * 0.1804375) / 0.95047;
  const y = lin[0] * 0.2126729 + lin[1] * 0.7151522 + lin[2] * 0.072175;
  const z = (lin[0] * 0.0193339 + lin[1] * 0.119192 + lin[2] * 0.9503041) / 1.08883;
  const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference of two sRGB colours. */
export function deltaE(a, b) {
  const p = toLab(a);
  const q = toLab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Pairs of tiers whose colours are too close: [{a, b, de}] (indices into `colors`). */
export function closePairs(colors, threshold = TOO_CLOSE) {
  const out = [];
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      if (!colors[i] || !colors[j]) continue;
      const de = deltaE(colors[i], colors[j]);
      if (de < threshold) out.push({ a: i, b: j, de });
    }
  }
  return out;
}
