// Where a chart's JSON comes from: its inline <script type="application/json">,
// its `src` (fetched with checks: address, status, type, UTF-8, a time
// limit), and its `kind` and `locale` attributes laid over the data.
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

/** Fetches the JSON text at `src` (relative to the page); a DataError in
 *  the words of `lang` says what went wrong. */
export async function fetchText(src, lang) {
  const w = wordsFor(lang);
  const fail = (why) => new DataError(fill(w.fetch, { url: src, why }), lang);
  if (!src) throw new DataError(w.noData, lang);
  const url = safeUrl(src, document.baseURI);
  if (!url) throw new DataError(w.badUrl, lang);
  let res;
  try {
    // A source that never answers ends in an error box, not a placeholder forever.
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(FETCH_TIMEOUT_MS) : undefined;
    res = await fetch(url, { credentials: 'same-origin', signal });
  } catch (e) {
    throw fail(e.message);
  }
  if (!res.ok) throw fail(`HTTP ${res.status}`);
  const type = (res.headers.get('content-type') || '').toLowerCase();
  if (type && !type.includes('json') && !type.startsWith('text/plain')) {
    throw fail(fill(w.badType, { type: type.split(';')[0] }));
  }
  // Strict UTF-8: a file saved in another encoding is reported, not
  // silently mangled. The BOM is left for the validator, which allows one.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await res.arrayBuffer());
  } catch {
    throw fail(w.notUtf8);
  }
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
