// The error box a chart shows instead of itself, and the lines it lists.
// Its words are mostly in error-words.js, imported when a chart first
// shows a box: a reader whose charts draw never downloads them.
import { el } from './dom.js';
import { fill, languageOf, wordsFor } from './i18n.js';

/** Data fields that the element's attributes set (see data.js's
 *  withAttributes): a problem there names the attribute. */
const ATTRIBUTE_FIELDS = [
  ['display.kind', 'kind'],
  ['locale', 'locale'],
];

let errorWords = null;
/** The error box's words of every language (error-words.js), imported
 *  once per page; {} when the file cannot be loaded (tried again at the
 *  next box). */
function loadErrorWords() {
  errorWords ??= import('./error-words.js').then(
    (m) => m.ERROR_WORDS,
    () => {
      errorWords = null;
      return {};
    },
  );
  return errorWords;
}

/** Every word an error box in `lang` may say: the host's own (words.js)
 *  and the error box's (error-words.js, loaded now). */
export async function errorWordsFor(lang) {
  const all = await loadErrorWords();
  return { ...all[languageOf(lang)], ...wordsFor(lang) };
}

/** Whether `v` is a problem: `{key, vars}`, a word's key and the values of
 *  its placeholders (a value may be a problem itself). */
function isProblem(v) {
  return v !== null && typeof v === 'object' && typeof v.key === 'string';
}

/** Whether saying `lines` in `lang` takes the error box's words: a list of
 *  the data's issues (a function of the words), or a problem whose words,
 *  or a value's, the host's own lack. Code that could not be loaded is
 *  said in the host's own words, at once: error-words.js, from the same
 *  place, might not load either, or hang. */
export function needsErrorWords(lines, lang) {
  if (typeof lines === 'function') return true;
  const own = wordsFor(lang);
  const needs = (line) => isProblem(line) && (!Object.hasOwn(own, line.key) || Object.values(line.vars ?? {}).some(needs));
  return lines.some(needs);
}

/** `line` (a problem, or text said already) in the words `w` (see
 *  errorWordsFor). A key without words (error-words.js could not be
 *  loaded) is said by the key and its values: the box still says what and
 *  where. */
export function say(line, w) {
  if (!isProblem(line)) return String(line);
  const vars = {};
  for (const [name, value] of Object.entries(line.vars ?? {})) vars[name] = say(value, w);
  const template = w[line.key];
  return template === undefined ? [line.key, ...Object.values(vars)].join(': ') : fill(template, vars);
}

/** One line per error among `issues` ({code, path, message, severity}, as
 *  the module gives them), in the words `w` (see errorWordsFor): "path:
 *  message". A problem with what the `kind` or `locale` attribute
 *  (`attributes.kind`, `attributes.locale`: their values, or null) put into
 *  the data names the attribute, not a field the data does not have. */
export function issueLines(issues, attributes, w) {
  return issues
    .filter((i) => i.severity === 'error')
    .map((i) => {
      const name = ATTRIBUTE_FIELDS.find(([path]) => path === i.path)?.[1];
      const value = name ? attributes[name] : null;
      if (value !== null && value !== undefined) {
        const shown = [...value].length > 40 ? `${[...value].slice(0, 39).join('')}…` : value;
        return `${say({ key: 'attribute', vars: { name, value: shown } }, w)}: ${i.message}`;
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
  // No margin left from a chart (element.js _fit).
  frame.style.paddingBottom = '';
  frame.replaceChildren(box);
}
