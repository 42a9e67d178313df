// The error box a chart shows instead of itself, and the lines it lists.
import { el } from './dom.js';
import { fill, languageOf, wordsFor } from './i18n.js';

/** Data fields that the element's attributes set (see data.js's
 *  withAttributes): a problem there names the attribute. */
const ATTRIBUTE_FIELDS = [
  ['display.kind', 'kind'],
  ['locale', 'locale'],
];

/** One line per error among `issues` ({code, path, message, severity}, as
 *  the module gives them): "path: message". A problem with what the `kind`
 *  or `locale` attribute (`attributes.kind`, `attributes.locale`: their
 *  values, or null) put into the data names the attribute, not a field the
 *  data does not have. */
export function issueLines(issues, attributes, lang) {
  const w = wordsFor(lang);
  return issues
    .filter((i) => i.severity === 'error')
    .map((i) => {
      const name = ATTRIBUTE_FIELDS.find(([path]) => path === i.path)?.[1];
      const value = name ? attributes[name] : null;
      if (value !== null && value !== undefined) {
        const shown = [...value].length > 40 ? `${[...value].slice(0, 39).join('')}…` : value;
        return `${fill(w.attribute, { name, value: shown })}: ${i.message}`;
      }
      return i.path ? `${i.path}: ${i.message}` : i.message;
    });
}

/** Puts an error box in `frame`: a heading in `lang`, then `lines`. */
export function showError(frame, lang, lines) {
  const box = el('div', 'error');
  box.setAttribute('role', 'alert');
  const list = el('ul');
  for (const line of lines.filter(Boolean)) list.append(el('li', null, line));
  box.append(el('strong', null, wordsFor(lang).failed), list);
  frame.lang = languageOf(lang);
  frame.replaceChildren(box);
}
