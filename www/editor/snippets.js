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

function elementAttrs({ theme, height }) {
  let s = '';
  if (theme) s += ` theme="${attr(theme)}"`;
  if (height) s += ` height="${attr(height)}"`;
  return s;
}

/** 1. Script + custom element with the data inline. */
export function inlineSnippet({ scriptUrl, json, theme }) {
  return [
    `<script type="module" src="${attr(scriptUrl)}"></script>`,
    `<rating-chart${elementAttrs({ theme })}>`,
    `<script type="application/json">${scriptJson(json)}</script>`,
    '</rating-chart>',
  ].join('\n');
}

/** 2. Script + custom element reading a JSON file. */
export function srcSnippet({ scriptUrl, dataUrl, theme }) {
  return [
    `<script type="module" src="${attr(scriptUrl)}"></script>`,
    `<rating-chart src="${attr(dataUrl)}"${elementAttrs({ theme })}></rating-chart>`,
  ].join('\n');
}

/** The address of the iframe page: frame.html beside rating-chart.js, with
 *  the data JSON URI-encoded in the fragment (never sent to a server). */
export function frameUrl(scriptUrl, json, theme) {
  let base;
  try {
    base = new URL('frame.html', scriptUrl).href;
  } catch {
    base = 'frame.html';
  }
  const t = theme ? `&theme=${encodeURIComponent(theme)}` : '';
  return `${base}#data=${encodeURIComponent(json)}${t}`;
}

/** 3. An iframe showing the chart (frame.html). */
export function iframeSnippet({ scriptUrl, json, theme, title, height }) {
  const h = Math.max(150, Math.ceil(Number(height) || 400));
  return `<iframe src="${attr(frameUrl(scriptUrl, json, theme))}" title="${attr(title || 'Chart')}" width="100%" height="${h}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
