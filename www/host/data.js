// Where a chart's JSON comes from: its inline <script type="application/json">,
// its `src` (fetched once per URL and page, with checks: address, status,
// type, size, UTF-8, a time limit), and its `kind` and `locale` attributes
// laid over the data.
import { MAX_DOCUMENT_BYTES } from './constants.js';
import { fill, wordsFor } from './i18n.js';

/** How long a chart waits for its `src` before showing an error. */
const FETCH_TIMEOUT_MS = 20_000;

/** A problem the host found itself (no data, a failed fetch, code that did
 *  not load), already said in words of `lang`. */
export class DataError extends Error {
  constructor(message, lang) {
    super(message);
    this.lang = lang;
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
      if (content) throw new DataError(wordsFor(lang).inlineCut, lang);
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

/** What each URL's one fetch gave, by URL: a promise of
 *  `{ text }` or `{ why: [key, vars] }` (a host word naming the problem,
 *  worded by each chart in its own language). Every chart of the page that
 *  names the same URL shares the one request; a request that failed on the
 *  way (network, time limit) is forgotten, so that a later chart tries
 *  again. */
const fetched = new Map();

/** Fetches the JSON text at `src` (relative to the page), once per URL
 *  per page; a DataError in the words of `lang` says what went wrong. */
export async function fetchText(src, lang) {
  const w = wordsFor(lang);
  if (!src) throw new DataError(w.noData, lang);
  const url = safeUrl(src, document.baseURI);
  if (!url) throw new DataError(w.badUrl, lang);
  let once = fetched.get(url.href);
  if (!once) {
    once = fetchOnce(url);
    fetched.set(url.href, once);
    const forget = () => fetched.delete(url.href);
    once.then((r) => r.retry && forget(), forget);
  }
  const result = await once;
  if (result.why) {
    const [key, vars] = result.why;
    const why = key ? fill(w[key], vars) : vars.message;
    throw new DataError(fill(w.fetch, { url: src, why }), lang);
  }
  return result.text;
}

/** The one fetch of `url`: `{ text }`, or `{ why, retry }`. Reads no
 *  further than MAX_DOCUMENT_BYTES: a larger file (by its Content-Length,
 *  else by the bytes counted as they arrive) is refused before it is
 *  decoded or parsed. */
async function fetchOnce(url) {
  const controller = new AbortController();
  // A source that never answers ends in an error box, not a placeholder forever.
  const timer = setTimeout(() => controller.abort(new Error(`no answer in ${FETCH_TIMEOUT_MS / 1000} s`)), FETCH_TIMEOUT_MS);
  const tooLarge = () => {
    controller.abort();
    return { why: ['tooLarge', {}] };
  };
  try {
    let res;
    try {
      res = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
    } catch (e) {
      return { why: [null, { message: String(controller.signal.reason?.message || e.message) }], retry: true };
    }
    if (!res.ok) return { why: [null, { message: `HTTP ${res.status}` }] };
    const type = (res.headers.get('content-type') || '').toLowerCase();
    if (type && !type.includes('json') && !type.startsWith('text/plain')) {
      controller.abort();
      return { why: ['badType', { type: type.split(';')[0] }] };
    }
    if (Number(res.headers.get('content-length')) > MAX_DOCUMENT_BYTES) return tooLarge();
    let bytes;
    try {
      bytes = await readAtMost(res, MAX_DOCUMENT_BYTES);
    } catch (e) {
      return { why: [null, { message: String(controller.signal.reason?.message || e.message) }], retry: true };
    }
    if (!bytes) return tooLarge();
    // Strict UTF-8: a file saved in another encoding is reported, not
    // silently mangled. The BOM is left for the validator, which allows one.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return { why: ['notUtf8', {}] };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body of `res`, or null as soon as it is longer than `max` bytes
 *  (the rest is not read). */
async function readAtMost(res, max) {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    return all.length > max ? null : all;
  }
  const reader = res.body.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > max) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
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
