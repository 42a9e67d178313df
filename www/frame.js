// The iframe embed (www/frame.html) for CMSes that strip <script>: renders
// one chart from the URL and tells the host page its height.
//
//   frame.html#data=<URI-encoded rating JSON>     data inline in the fragment
//   frame.html?src=<URL of a JSON file>           data fetched (http(s) or relative)
//   optional query parameters: theme, locale, kind, height
//
// Height messages: { type: 'rating-chart:resize', height } to the parent
// (www/frame-resize.js on the host page applies them), and AMP's
// { sentinel: 'amp', type: 'embed-size', height } for <amp-iframe>.
import './rating-chart.js';

const params = new URLSearchParams(location.search);
const fragment = new URLSearchParams(location.hash.slice(1));
const chart = document.createElement('rating-chart');
chart.setAttribute('loading', 'eager');
for (const name of ['theme', 'locale', 'kind', 'height']) {
  const v = params.get(name);
  if (v !== null) chart.setAttribute(name, v);
}
const inline = fragment.get('data');
const script = document.createElement('script');
script.type = 'application/json';
if (inline !== null) {
  script.textContent = inline;
  chart.append(script);
} else if (params.get('src') !== null) {
  chart.setAttribute('src', params.get('src'));
}
document.getElementById('chart').append(chart);

// New data in the fragment (the parent set the same frame.html with another
// #data=): the page is not reloaded, so the chart draws it here.
window.addEventListener('hashchange', () => {
  const data = new URLSearchParams(location.hash.slice(1)).get('data');
  if (data === null || data === script.textContent) return;
  script.textContent = data;
  if (!script.isConnected) chart.append(script);
});

// The parent's origin, when the browser tells it; heights are not secret,
// so before the parent has said hello they go to any origin.
let parentOrigin = location.ancestorOrigins?.[0] || '*';
let lastHeight = -1;

function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'rating-chart:resize', height }, parentOrigin);
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, parentOrigin);
}

new ResizeObserver(postHeight).observe(document.documentElement);
window.addEventListener('message', (e) => {
  // Only the parent may say hello, and only in the expected shape.
  if (e.source !== window.parent || !e.data || e.data.type !== 'rating-chart:hello') return;
  parentOrigin = e.origin;
  lastHeight = -1;
  postHeight();
});
