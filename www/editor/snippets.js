// Embed codes for a chart: the text an editor pastes into a CMS. These are
// strings for the user to copy, never put on the editor's own page as HTML.

/** Text safe inside a double-quoted HTML attribute. */
export function attr(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** JSON text safe inside <script type="application/json">: no "</script",
 *  no "<!--". In JSON a "<" can only be inside a string, where \u003c
 *  means the same character. */
export function scriptJson(json) {
  return String(json).replace(/</g, '\\u003c');
}

function elementAttrs({ theme, height, heights }) {
  let s = '';
  if (theme) s += ` theme="${attr(theme)}"`;
  if (height) s += ` height="${attr(height)}"`;
  if (heights) s += ` heights="${attr(heights)}"`;
  return s;
}

/** \`path\` resolved against the script's address as the page will resolve
 *  it: absolute stays absolute; a relative address ("/static/www/…",
 *  "js/www/…") gives a relative one; null when it cannot be read. */
export function besideScript(path, scriptUrl) {
  try {
    return new URL(path, scriptUrl).href;
  } catch {
    // Relative: resolve under a stand-in origin and directory, keep the rest.
    const stand = 'https://stand-in.invalid/d1/d2/d3/d4/d5/d6/';
    try {
      const url = new URL(path, new URL(scriptUrl, stand)).href;
      if (String(scriptUrl).startsWith('/')) return url.slice('https://stand-in.invalid'.length);
      // The way from the stand-in directory to it, "../" where it climbs.
      const from = new URL(stand).pathname.split('/').slice(1, -1);
      const to = new URL(url).pathname.split('/').slice(1);
      let common = 0;
      while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
      return '../'.repeat(from.length - common) + to.slice(common).join('/');
    } catch {
      return null;
    }
  }
}

/** For a chart in the first screen: lines that let the browser fetch the
 *  module the chart needs while it reads the page (the addresses
 *  rating-chart.js itself loads them from: ../pkg/ beside www/). `kinds`:
 *  the chart is of a kind the kinds module draws (the host's own guess,
 *  host/data.js kindsOf), so that module is preloaded instead of the
 *  reader's. The reader's JS glue is inside the CDN copy's rating-chart.js
 *  (`make dist`, a versioned folder "rating-chart-X.Y.Z/"), so only its
 *  .wasm is preloaded there; the kinds module's glue is a file of its own
 *  in both. Body-ok: they work where a CMS puts the embed code, not only
 *  in <head>. */
export function preloadLines(scriptUrl, kinds = false) {
  const name = kinds ? 'rating_chart_kinds' : 'rating_chart_reader';
  const glue = besideScript(`../pkg/${name}.js`, scriptUrl);
  const wasm = besideScript(`../pkg/${name}_bg.wasm`, scriptUrl);
  if (glue === null || wasm === null) return [];
  const bundled = !kinds && /(^|\/)rating-chart-\d+\.\d+\.\d+[^/]*\/www\/rating-chart\.js([?#].*)?$/.test(String(scriptUrl));
  return [
    ...(bundled ? [] : [`<link rel="modulepreload" href="${attr(glue)}">`]),
    `<link rel="preload" href="${attr(wasm)}" as="fetch" crossorigin>`,
  ];
}

/** 1. Script + custom element with the data inline. `heights`: the chart's
 *  height measured at several widths ("320:410 390:380 …"), so the page
 *  reserves its space before the chart draws. */
export function inlineSnippet({ scriptUrl, json, theme, heights, preload = false, kinds = false }) {
  return [
    ...(preload ? preloadLines(scriptUrl, kinds) : []),
    `<script type="module" src="${attr(scriptUrl)}"></script>`,
    `<rating-chart${elementAttrs({ theme, heights })}>`,
    `<script type="application/json">${scriptJson(json)}</script>`,
    '</rating-chart>',
  ].join('\n');
}

/** 1b. The same with the element written by the core (the full module's
 *  embedCode, byte for byte `rating-chart embed`): the data inline and the
 *  chart pre-drawn as SVG, shown before the script runs, with a <style>
 *  of its own that shows one copy by the element's width (no stylesheet
 *  request holds the first paint back). Code without that <style> (no
 *  copy: a chart too tall for one) links the page's stylesheet
 *  (rating-chart.css beside the script), as `rating-chart embed --script`
 *  does; the data cannot spell `<style>` (its `<` are escaped). */
export function staticSnippet({ scriptUrl, element, preload = false, kinds = false }) {
  let css;
  try {
    css = new URL('rating-chart.css', scriptUrl).href;
  } catch {
    css = besideScript('rating-chart.css', scriptUrl) ?? 'rating-chart.css';
  }
  const styled = String(element).includes('<style>');
  return [
    ...(preload ? preloadLines(scriptUrl, kinds) : []),
    ...(styled ? [] : [`<link rel="stylesheet" href="${attr(css)}">`]),
    `<script type="module" src="${attr(scriptUrl)}"></script>`,
    String(element).trimEnd(),
  ].join('\n');
}

/** 2. Script + custom element reading a JSON file. Its hints name the
 *  reader's module: the file may change after the code is pasted, and the
 *  host asks that module first for a `src` chart without a `kind`. */
export function srcSnippet({ scriptUrl, dataUrl, theme, heights, preload = false }) {
  return [
    ...(preload ? preloadLines(scriptUrl) : []),
    `<script type="module" src="${attr(scriptUrl)}"></script>`,
    `<rating-chart src="${attr(dataUrl)}"${elementAttrs({ theme, heights })}></rating-chart>`,
  ].join('\n');
}

/** The address of the iframe page: www/frame.html beside rating-chart.js,
 *  with the data JSON URI-encoded in the fragment (never sent to a server)
 *  and the theme, if any, as a query parameter. */
export function frameUrl(scriptUrl, json, theme) {
  let base;
  try {
    base = new URL('frame.html', scriptUrl).href;
  } catch {
    base = 'frame.html';
  }
  const query = theme ? `?theme=${encodeURIComponent(theme)}` : '';
  return `${base}${query}#data=${encodeURIComponent(json)}`;
}

/** 3. An iframe showing the chart (www/frame.html), and the optional script
 *  that keeps the iframe as tall as its chart (www/frame-resize.js). */
export function iframeSnippet({ scriptUrl, json, theme, title, height }) {
  const h = Math.max(150, Math.ceil(Number(height) || 420));
  let resize;
  try {
    resize = new URL('frame-resize.js', scriptUrl).href;
  } catch {
    resize = 'frame-resize.js';
  }
  return [
    `<iframe data-rating-chart src="${attr(frameUrl(scriptUrl, json, theme))}" title="${attr(title || 'Chart')}" height="${h}" style="width: 100%; border: 0" loading="lazy"></iframe>`,
    `<script type="module" src="${attr(resize)}"></script>`,
  ].join('\n');
}
