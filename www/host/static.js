// The static copy: a chart pre-drawn as SVG inside <rating-chart> by
// `rating-chart embed` (or the editor), shown before the element is
// defined and while the module loads, and replaced by the live chart
// once it has drawn. These are the page's rules that show one copy at a
// time by the element's width: the same text as www/rating-chart.css's
// static rules (both come from the core's embed::static_css; a test
// compares them), added to the page by the host when it finds a copy, so
// that pages without the stylesheet show one copy too once the script runs.
import { TOOLS_PX } from './constants.js';

/** Copies are drawn at multiples of `step` CSS px from `min` to `max`
 *  (the core's embed::MIN_STATIC_PX, MAX_STATIC_PX, STATIC_STEP_PX). */
export const STATIC = Object.freeze({ min: 240, max: 1280, step: 20 });

/** The static copies' rules (see src/embed/mod.rs, static_css). */
export function staticCss() {
  let css = 'rating-chart>svg,rating-chart>svg.rc-static *{all:revert-layer}\n'
    + 'rating-chart:has(>.rc-static){container-type:inline-size}\n'
    + `rating-chart>.rc-static{max-width:100%;padding-bottom:${TOOLS_PX}px}\n`
    + '.rc-static:not([display]){display:block}.rc-static[display=none]{display:none}\n';
  for (let w = STATIC.min; w <= STATIC.max; w += STATIC.step) {
    css += `@container (min-width:${w}px){.rc-static.rc-from-${w}{display:block}.rc-static.rc-to-${w}{display:none}}\n`;
  }
  return css;
}

/** Whether the element holds a pre-drawn copy of its chart. */
export function hasStaticCopy(element) {
  return element.querySelector(':scope > svg.rc-static') !== null;
}

let sheet = null;
/** Adds the static rules to the element's document (or shadow root), once;
 *  a constructable sheet, so a strict `style-src` allows it. */
export function adoptStaticRules(element) {
  const root = element.getRootNode();
  if (!root || !('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(staticCss());
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
