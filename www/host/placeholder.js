// What a chart shows before it is drawn: a box holding its space (no
// layout shift when the chart comes) with its title.
import { TOOLS_PX } from './constants.js';
import { el } from './dom.js';
import { languageOf } from './i18n.js';
import { estimateHeight } from './size.js';

/** Inline data longer than this (characters) is not parsed for the
 *  placeholder when the height is given anyway. */
const PARSE_BELOW = 100_000;

/** The placeholder for a chart `width` px wide: `reserved` px tall (see
 *  size.js's reservedHeight) or, when NaN, as tall as an estimate from
 *  the inline JSON `text`, which also gives the title. Returns the box and
 *  the language of the data's words (null when the text was not read). */
export function placeholder(text, reserved, width) {
  const box = el('div', 'placeholder');
  let data = null;
  if (text && (text.length < PARSE_BELOW || !(reserved > 0))) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  box.style.height = `${(reserved || estimateHeight(data, width)) + TOOLS_PX}px`;
  if (data && typeof data.title === 'string') box.textContent = data.title;
  // The format's default locale is vi-VN.
  const lang = data && typeof data === 'object' ? languageOf(typeof data.locale === 'string' ? data.locale : 'vi-VN') : null;
  return { box, lang };
}
