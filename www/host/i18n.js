// Picks the host's words for a chart: one table per language (words.js),
// chosen by the language subtag of the chart's locale.
import { WORDS } from './words.js';

/** The language whose table speaks for `locale` ('vi-VN' → 'vi', 'fr_CA'
 *  → 'fr'): its language subtag when there is a table for it, else 'en'.
 *  A chart's `lang` attribute is this, so that a screen reader reads its
 *  words with the voice they are written in. */
export function languageOf(locale) {
  const lang = String(locale ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(WORDS, lang) ? lang : 'en';
}

/** The table of words for `locale` (see languageOf). */
export function wordsFor(locale) {
  return WORDS[languageOf(locale)];
}

/** A template with each `{name}` replaced by `vars[name]` as text. Nothing
 *  else in the template or the values is interpreted: a placeholder with no
 *  value stays as written. */
export function fill(template, vars = {}) {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
