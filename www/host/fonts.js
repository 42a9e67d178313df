// The canvas's fonts, made ready while the module downloads. The first
// use of a font (family list, weight and size) costs the browser most of
// the work of measuring text: finding the faces and the fallbacks for the
// text's letters, about 2 ms per font on the busy test machine (15–25 ms
// of a seed chart's 22 measurements; 50–70 ms under the throttled mobile
// profile), against 4–7 ms for the same measurements once they are ready.
// A chart near the viewport measures a sample of its own words in each
// font its layout will use while its module is still downloading: the
// first font as soon as the module has answered and is compiling off the
// main thread (element.js, loader.js whileDownloading; the first use of
// the font list costs the most), then one font per task, while the main
// thread would wait for the module anyway: the module's arrival,
// compilation and drawing go first (the tasks are of background priority
// where the browser has them), and the layout measures itself whatever is
// not ready yet. A module that has arrived whole by then leaves no wait
// to fill: nothing is warmed, the layout measures all it needs.
// Drawing uses the same fonts: the canvas draws text at its CSS size
// under a transform for the device pixel ratio (src/web/canvas.rs).
import { ESTIMATE, FONT_FAMILY, NARROW_PX } from './constants.js';

/** Font lists already made ready on this page. */
const ready = new Set();

/** The fonts still to make ready, by font list. */
const pending = [];

/** Drops the fonts still to make ready: a chart is drawing. */
export function stopWarming() {
  for (const list of pending.splice(0)) list.length = 0;
}

/** The fonts (weight, CSS px) the layout sets text in, the most used
 *  first (values, labels, legend, title, bold labels): a font left out is
 *  only not ready, one too many costs idle time. */
function fonts(width) {
  const e = width < NARROW_PX ? ESTIMATE.narrow : ESTIMATE.wide;
  const other = width < NARROW_PX ? ESTIMATE.wide : ESTIMATE.narrow;
  return [`${e.notePx}px`, `${e.subtitlePx}px`, `${e.legendPx}px`, `bold ${e.titlePx}px`, `bold ${e.subtitlePx}px`, `bold ${e.notePx}px`, `bold ${other.titlePx}px`];
}

/** Measures `sample` in the next font of `list` (removed from it). */
function warmOne(ctx, list, family, sample) {
  ctx.font = `${list.shift()} ${family}`;
  ctx.measureText(sample);
}

/** Makes the fonts of a chart `width` CSS px wide ready (see above), in
 *  `data`'s font list (its theme's font before the default list) with a
 *  sample of its words (`data`: parsed JSON, or null when it is not at
 *  hand: digits and words of the format's default language, vi-VN); once
 *  per font list and page. Never throws: it only makes later work
 *  faster. */
export function warmFonts(data, width) {
  try {
    const font = data?.theme?.font;
    const family = typeof font === 'string' ? `${font}, ${FONT_FAMILY}` : FONT_FAMILY;
    if (ready.has(family)) return;
    ready.add(family);
    const texts = ['0123456789 ,.%', data ? data.title : 'Hoàn thành tốt nhiệm vụ', data?.subtitle];
    for (const t of Array.isArray(data?.tiers) ? data.tiers : []) texts.push(t?.label);
    for (const g of Array.isArray(data?.groups) ? data.groups.slice(0, 6) : []) texts.push(g?.label);
    const sample = texts.filter((t) => typeof t === 'string').join(' ').slice(0, 80);
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return;
    const list = fonts(width);
    // The first font at once: the first use of a font list costs the most
    // (10–30 ms here, finding the faces of every family in the list), and
    // the layout would pay it anyway, as its first measurement. Then one
    // font per task, at
    // background priority where the browser has one (scheduler.postTask),
    // so that the module's arrival, compilation and drawing go first; else
    // one font per message (not a timer: nested timers wait 4 ms each), so
    // that they wait for one font at most. Once a chart draws, what is
    // left is dropped (stopWarming): the layout has measured in those fonts
    // or has not needed them.
    warmOne(ctx, list, family, sample);
    pending.push(list);
    const channel = new MessageChannel();
    const next = globalThis.scheduler?.postTask
      ? () => globalThis.scheduler.postTask(step, { priority: 'background' }).catch(() => {})
      : () => channel.port2.postMessage(0);
    const step = () => {
      if (!list.length) return channel.port1.close();
      warmOne(ctx, list, family, sample);
      next();
    };
    channel.port1.onmessage = step;
    next();
  } catch {
    // Nothing to make ready: the layout measures as it always does.
  }
}
