// Where a chart's JSON comes from: its inline <script type="application/json">,
// its `src` (fetched once per URL and page, with checks: address, status,
// type, size, UTF-8, a time limit), and its `kind` and `locale` attributes
// laid over the data.
import { KINDS, MAX_DOCUMENT_BYTES } from './constants.js';

/** How long a chart waits for its `src` before showing an error. */
const FETCH_TIMEOUT_MS = 20_000;

/** A problem the host found itself (no data, a failed fetch, code that did
 *  not load), to be said in words of `lang`: the key of its words and the
 *  values of their placeholders (errors.js's say words it; its message is
 *  the key until then). */
export class DataError extends Error {
  constructor(lang, key, vars) {
    super(key);
    this.lang = lang;
    this.problem = { key, vars };
  }
}

/** The element's inline data script, if any. */
export function inlineScript(element) {
  return element.querySelector('script[type="application/json"]');
}

/** `text`, the inline data of `script`, unless the script element was
 *  closed early: a `</script>` inside a text of the JSON ends the element
 *  there, and the rest of the data follows it as page content. Then a
 *  DataError in the words of `lang` says so (nothing is drawn from the
 *  part before). Told by two signs together, both cheap: the text does not
 *  end as a JSON object ends (`}`), and something other than white space
 *  follows the script inside the chart. */
export function inlineText(script, text, lang) {
  if (!text.trimEnd().endsWith('}')) {
    for (let n = script.nextSibling; n; n = n.nextSibling) {
      const content = n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.data.trim() !== '');
      if (content) throw new DataError(lang, 'inlineCut');
    }
  }
  return text;
}

/** Only http(s) and relative URLs may be fetched. */
function safeUrl(src, base) {
  let url;
  try {
    url = new URL(src, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** Each URL's one fetch, by URL: a promise of `{ text }`, or of
 *  `{ key, vars, retry }` (the host word naming the problem and its values,
 *  or with no key the problem as said by the browser), said by each chart
 *  in its own language. Every chart of the page that names the URL shares
 *  the one request; one that failed on the way (network, time limit) is
 *  forgotten, so that a later chart tries again. */
const fetched = new Map();

/** Fetches the JSON text at `src` (relative to the page), once per URL
 *  per page; a DataError in the words of `lang` says what went wrong. */
export async function fetchText(src, lang) {
  if (!src) throw new DataError(lang, 'noData');
  const url = safeUrl(src, document.baseURI);
  if (!url) throw new DataError(lang, 'badUrl');
  const href = url.href;
  if (!fetched.has(href)) {
    const once = fetchOnce(url);
    fetched.set(href, once);
    once.then((r) => r.retry && fetched.delete(href));
  }
  const r = await fetched.get(href);
  if (r.text !== undefined) return r.text;
  throw new DataError(lang, 'fetch', { url: src, why: r.key ? { key: r.key, vars: r.vars } : r.vars });
}

/** The one fetch of `url` (see `fetched`). Reads no further than
 *  MAX_DOCUMENT_BYTES: a larger file (by its Content-Length, else by the
 *  bytes counted as they arrive) is refused before it is decoded or
 *  parsed. */
async function fetchOnce(url) {
  const fail = (key, vars, retry) => ({ key, vars, retry });
  try {
    // A source that never answers ends in an error box, not a placeholder forever.
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(FETCH_TIMEOUT_MS) : undefined;
    const res = await fetch(url, { credentials: 'same-origin', signal });
    if (!res.ok) return fail(0, `HTTP ${res.status}`);
    const type = (res.headers.get('content-type') || '').toLowerCase();
    if (type && !type.includes('json') && !type.startsWith('text/plain')) {
      return fail('badType', { type: type.split(';')[0] });
    }
    const bytes = await readAtMost(res);
    if (!bytes) return fail('tooLarge');
    // Strict UTF-8: a file saved in another encoding is reported, not
    // silently mangled. The BOM is left for the validator, which allows one.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return fail('notUtf8');
    }
  } catch (e) {
    return fail(0, String(e && e.message), true);
  }
}

/** The body of `res`, or null once it is known to be longer than
 *  MAX_DOCUMENT_BYTES (the rest is not read). */
async function readAtMost(res) {
  const reader = res.body?.getReader();
  if (!reader) return new ArrayBuffer(0);
  const chunks = [];
  // Announced, then counted.
  let length = Number(res.headers.get('content-length')) || 0;
  let read = 0;
  while (length <= MAX_DOCUMENT_BYTES) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks).arrayBuffer();
    chunks.push(value);
    length = read += value.length;
  }
  reader.cancel().catch(() => {});
  return null;
}

/** Applies the `kind` and `locale` attributes over the data's own
 *  options. Only plain own properties of the parsed JSON are set (no
 *  merging that could reach a prototype); the result is validated in wasm
 *  like any data. */
export function withAttributes(json, kind, locale) {
  if (kind === null && locale === null) return json;
  let data;
  let huge = false;
  try {
    // A number beyond a double (1e400) parses as Infinity and would be
    // written back as null: leave such data as it is, for the validator
    // to report the number at its path.
    data = JSON.parse(json, (_, v) => {
      if (typeof v === 'number' && !Number.isFinite(v)) huge = true;
      return v;
    });
  } catch {
    return json; // the syntax error is reported with its line and column
  }
  if (huge || !data || typeof data !== 'object' || Array.isArray(data)) return json;
  if (locale !== null) data.locale = locale;
  if (kind !== null) {
    const display = data.display;
    if (display && typeof display === 'object' && !Array.isArray(display)) display.kind = kind;
    else if (display === undefined || display === null) data.display = { kind };
  }
  return JSON.stringify(data);
}

/** The kinds the reader's module draws (src/layout/mod.rs's has_kind
 *  without the `all-kinds` feature); the kinds module draws every kind,
 *  and the story (which the reader's module does not read: Validated's
 *  story_unread in src/model/validate/). */
const READER_KINDS = new Set(['auto', 'stacked', 'diverging']);

/** JSON longer than this (characters) is not parsed in JavaScript before
 *  the module reads it (see needsKinds and fonts.js): the reader's module
 *  is asked first. */
const GUESS_BELOW = 100_000;

/** Whether a chart of the JSON `text` (its `kind` attribute applied, see
 *  withAttributes) will need the kinds module rather than the reader's,
 *  so that the host fetches only the module that draws it: data with a
 *  story (a highlight, annotations, a reference value: the reader's
 *  module does not draw one), else its `display.kind` when given, else
 *  the kind `auto` picks as
 *  src/model/validate/display.rs's resolve_kind does — a single group
 *  (waffle or donut), groups in more than one period (trend), otherwise
 *  bars the reader's module draws. A guess on data not yet validated, and
 *  never more than bytes: should it say the reader's module wrongly, that
 *  module answers `fullModule` and the kinds module draws the chart
 *  (element.js); should it say the kinds module wrongly, that module draws
 *  the chart too. Big documents (many groups, hence not a single group)
 *  are not parsed for it. */
export function needsKinds(text) {
  return kindsOf(parseSmall(text));
}

/** `text` parsed, when it is JSON of at most GUESS_BELOW characters (a
 *  look at the data before the module reads it); else null. */
export function parseSmall(text) {
  if (typeof text !== 'string' || text.length > GUESS_BELOW) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null; // the module reports the syntax error
  }
}

/** Whether parsed data asks for a story (src/model/rating.rs's
 *  Story::draws): a highlight, an annotation or a reference value. */
function hasStory(data) {
  const given = (v) => v !== undefined && v !== null;
  return given(data?.display?.highlight) || (Array.isArray(data?.annotations) && data.annotations.length > 0) || given(data?.reference);
}

/** needsKinds on parsed data. */
export function kindsOf(data) {
  if (hasStory(data)) return true;
  const kind = data?.display?.kind ?? 'auto';
  if (kind !== 'auto') return KINDS.includes(kind) && !READER_KINDS.has(kind);
  const groups = data?.groups;
  if (!Array.isArray(groups)) return false;
  const periods = groups.map((g) => g?.period).filter((p) => typeof p === 'string' || typeof p === 'number');
  return groups.length === 1 || new Set(periods.map(String)).size > 1;
}
