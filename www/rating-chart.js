// <rating-chart>: the embed host. One module for any number of charts.
//
//   <script type="module" src=".../www/rating-chart.js"></script>
//   <rating-chart src="data.json"></rating-chart>
//   <rating-chart><script type="application/json">{ ... }</script></rating-chart>
//
// JavaScript owns the page (shadow root, canvas, events, sizes); the wasm
// module validates, lays out, paints and answers hit tests. Data is only ever
// put on the page with textContent: nothing in it is parsed as HTML.

const MODULE_URL = new URL('../pkg/rating_chart.js', import.meta.url);

let modulePromise = null;

/** Loads and instantiates the wasm module once per page. */
export function loadModule() {
  if (!modulePromise) {
    modulePromise = import(MODULE_URL.href).then(async (mod) => {
      await mod.default();
      return mod;
    });
    // A failed load may be retried by the next chart.
    modulePromise.catch(() => {
      modulePromise = null;
    });
  }
  return modulePromise;
}

const CSS = `
:host { display: block; position: relative; max-width: 100%; direction: ltr;
  text-align: left; font-size: 16px; line-height: 1.4; }
:host([hidden]) { display: none; }
.frame { position: relative; }
canvas { display: block; border: 0;
  padding: 0; margin: 0; }
canvas:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.error { box-sizing: border-box; margin: 0; padding: 12px 14px; border: 1px solid #b3261e;
  border-left-width: 4px; border-radius: 4px; background: #fdecea; color: #410e0b;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.error strong { display: block; margin-bottom: 4px; }
.error ul { margin: 0; padding-left: 20px; }
.error code { font: 13px ui-monospace, 'DejaVu Sans Mono', monospace; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

const WORDS = {
  vi: {
    failed: 'Không thể vẽ biểu đồ này',
    fetch: (url, why) => `Không tải được dữ liệu từ ${url}: ${why}`,
    badUrl: 'Thuộc tính src chỉ nhận địa chỉ http(s) hoặc đường dẫn tương đối.',
    noData: 'Không có dữ liệu: hãy đặt thuộc tính src hoặc một thẻ <script type="application/json"> bên trong.',
    internal: 'Lỗi nội bộ khi vẽ biểu đồ.',
    chart: 'Biểu đồ',
  },
  en: {
    failed: 'This chart cannot be drawn',
    fetch: (url, why) => `Could not load the data from ${url}: ${why}`,
    badUrl: 'The src attribute accepts only http(s) addresses or relative paths.',
    noData: 'No data: set the src attribute or put a <script type="application/json"> inside.',
    internal: 'Internal error while drawing the chart.',
    chart: 'Chart',
  },
};

function wordsFor(lang) {
  return (lang || '').toLowerCase().startsWith('vi') ? WORDS.vi : WORDS.en;
}

/** The locale a JSON text asks for, if it parses; used only to pick words. */
function localeOf(json) {
  try {
    const v = JSON.parse(json);
    return v && typeof v.locale === 'string' ? v.locale : 'vi-VN';
  } catch {
    return null;
  }
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

class DataError extends Error {}

export class RatingChartElement extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'height'];
  }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    this._root.adoptedStyleSheets = [styleSheet()];
    this._frame = document.createElement('div');
    this._frame.className = 'frame';
    this._root.append(this._frame);
    this._chart = null;
    this._observer = null;
    this._generation = 0;
    this._size = { width: 0, ratio: 0 };
  }

  connectedCallback() {
    this._render();
  }

  disconnectedCallback() {
    this._generation += 1;
    this._teardown();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected && this._started) {
      this._render();
    }
  }

  /** The wasm chart object, once drawn (for tests and developers). */
  get chart() {
    return this._chart;
  }

  _teardown() {
    if (this._observer) {
      this._observer.disconnect();
      this._observer = null;
    }
    if (this._chart) {
      this._chart.free();
      this._chart = null;
    }
  }

  async _readData() {
    const inline = this.querySelector('script[type="application/json"]');
    if (inline) return inline.textContent;
    const src = this.getAttribute('src');
    const lang = this.closest('[lang]')?.lang || document.documentElement.lang;
    const w = wordsFor(lang);
    if (!src) throw new DataError(w.noData);
    const url = safeUrl(src, document.baseURI);
    if (!url) throw new DataError(w.badUrl);
    let res;
    try {
      res = await fetch(url, { credentials: 'same-origin' });
    } catch (e) {
      throw new DataError(w.fetch(src, e.message));
    }
    if (!res.ok) throw new DataError(w.fetch(src, `HTTP ${res.status}`));
    return res.text();
  }

  async _render() {
    this._started = true;
    const generation = ++this._generation;
    this._teardown();
    let json = null;
    try {
      json = await this._readData();
      const mod = await loadModule();
      if (generation !== this._generation) return;
      this._draw(mod, json);
    } catch (e) {
      if (generation !== this._generation) return;
      const lang = (json && localeOf(json)) || this.closest('[lang]')?.lang || document.documentElement.lang;
      const internal = !(e instanceof DataError) && !(e instanceof Error && e.name === 'Error');
      this._showError(lang, internal ? [wordsFor(lang).internal, String(e && e.message)] : String(e.message).split('\n'));
      this.dispatchEvent(new CustomEvent('rating-chart:error', { detail: { message: String(e && e.message) }, bubbles: true }));
    }
  }

  _draw(mod, json) {
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('dir', 'ltr');
    const desc = document.createElement('p');
    desc.className = 'sr-only';
    desc.id = 'summary';
    canvas.setAttribute('aria-describedby', 'summary');
    this._frame.replaceChildren(canvas, desc);
    const chart = new mod.RatingChart(canvas, json);
    this._chart = chart;
    const lang = localeOf(json) || 'vi-VN';
    canvas.setAttribute('aria-label', chart.title || wordsFor(lang).chart);
    desc.textContent = chart.summary();
    this._size = { width: 0, ratio: 0 };
    this._fit();
    this._observer = new ResizeObserver(() => this._fit());
    this._observer.observe(this);
    this.dispatchEvent(new CustomEvent('rating-chart:render', { bubbles: true }));
  }

  /** Lays the chart out again when the element's width or the DPR changes. */
  _fit() {
    const chart = this._chart;
    if (!chart) return;
    const width = this.clientWidth || 640;
    const ratio = window.devicePixelRatio || 1;
    if (width === this._size.width && ratio === this._size.ratio) return;
    this._size = { width, ratio };
    const h = Number(this.getAttribute('height'));
    const height = chart.resize(width, h > 0 ? h : undefined, ratio);
    const canvas = this._frame.querySelector('canvas');
    canvas.style.width = `${chart.width}px`;
    canvas.style.height = `${height}px`;
  }

  _showError(lang, lines) {
    const w = wordsFor(lang);
    const box = document.createElement('div');
    box.className = 'error';
    box.setAttribute('role', 'alert');
    const head = document.createElement('strong');
    head.textContent = w.failed;
    const list = document.createElement('ul');
    for (const line of lines.filter(Boolean)) {
      const li = document.createElement('li');
      li.textContent = line;
      list.append(li);
    }
    box.append(head, list);
    this._frame.replaceChildren(box);
  }
}

if (!customElements.get('rating-chart')) {
  customElements.define('rating-chart', RatingChartElement);
}
