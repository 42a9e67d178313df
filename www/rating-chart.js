// <rating-chart>: the embed host. One module for any number of charts.
//
//   <script type="module" src=".../www/rating-chart.js"></script>
//   <rating-chart src="data.json"></rating-chart>
//   <rating-chart><script type="application/json">{ ... }</script></rating-chart>
//
// JavaScript owns the page (shadow root, canvases, events, sizes); the wasm
// module validates, lays out, paints and answers questions (what is under the
// pointer, where the keyboard focus goes, how to describe a datum). Data is
// only ever put on the page with textContent: nothing in it is parsed as HTML.

const MODULE_URL = new URL('../pkg/rating_chart.js', import.meta.url);
const WASM_URL = new URL('../pkg/rating_chart_bg.wasm', import.meta.url);

/** Blank paper (CSS px) a reserved height may leave under a chart that
 *  cannot fill it before the chart takes its natural height instead. */
const BLANK_SLACK_PX = 48;

let modulePromise = null;
let wasmExports = null;
/** Which wasm instance is current: a trap starts a fresh one. */
let instance = 0;
/** Every connected chart, to redraw them all on a fresh instance. */
const charts = new Set();

/** Loads and instantiates the wasm module once per page (streaming
 *  compilation; every chart on the page shares it). */
export function loadModule() {
  if (!modulePromise) {
    // A fresh module record (and so a fresh wasm instance) after a trap; the
    // .wasm file itself comes from the HTTP cache.
    const url = instance === 0 ? MODULE_URL.href : `${MODULE_URL.href}?instance=${instance}`;
    // The .wasm is requested at once, beside its JS glue rather than after
    // it, and compiled while it streams in.
    const wasm = fetch(WASM_URL);
    wasm.catch(() => {}); // reported by the glue's init when it awaits it
    modulePromise = import(url).then(async (mod) => {
      wasmExports = await mod.default({ module_or_path: wasm });
      return mod;
    });
    // A failed load may be retried by the next chart.
    modulePromise.catch(() => {
      modulePromise = null;
    });
  }
  return modulePromise;
}

/** Whether an error is a trap inside wasm (a panic or worse). */
function isTrap(e) {
  return typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
}

/** After a trap the instance's memory may be inconsistent: the chart that
 *  trapped shows an error, and every other chart is drawn again on a fresh
 *  instance, so one broken chart never takes the others down. */
function recoverFromTrap(failed) {
  instance += 1;
  modulePromise = null;
  wasmExports = null;
  for (const chart of charts) {
    if (chart !== failed && chart._chart) chart._render();
  }
}

/** Bytes of wasm linear memory in use by all charts (0 before loading). */
export function wasmMemoryBytes() {
  return wasmExports ? wasmExports.memory.buffer.byteLength : 0;
}

/** Whether the element is within 400 px of the viewport now: a chart in
 *  view starts at once instead of a frame later, when an
 *  IntersectionObserver would first report. */
function isNear(element) {
  const r = element.getBoundingClientRect();
  const h = window.innerHeight || document.documentElement.clientHeight;
  const w = window.innerWidth || document.documentElement.clientWidth;
  return r.bottom >= -400 && r.top <= h + 400 && r.right >= 0 && r.left <= w && (r.width > 0 || r.height > 0);
}

/** When a font finishes loading (a web font named by the page or the
 *  data's theme), every chart measures its text again. */
let fontsWatched = false;
function watchFonts() {
  if (fontsWatched || !document.fonts || typeof document.fonts.addEventListener !== 'function') return;
  fontsWatched = true;
  document.fonts.addEventListener('loadingdone', () => {
    for (const chart of charts) chart._fontsChanged();
  });
}

/** Starts charts only when they come near the viewport: nothing heavy
 *  (data, wasm) loads for charts far down the page. */
let nearObserver = null;
function whenNear(element, near, start) {
  if (near || typeof IntersectionObserver !== 'function' || element.getAttribute('loading') === 'eager') {
    start();
    return () => {};
  }
  if (!nearObserver) {
    nearObserver = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) {
          nearObserver.unobserve(e.target);
          e.target._nearCallback?.();
        }
      }
    }, { rootMargin: '400px 0px' });
  }
  element._nearCallback = start;
  nearObserver.observe(element);
  return () => {
    element._nearCallback = null;
    nearObserver.unobserve(element);
  };
}

/** JSON longer than this (characters) is validated and drawn in two tasks. */
const BIG_JSON = 200_000;

/** How long a chart waits for its \`src\` before showing an error. */
const FETCH_TIMEOUT_MS = 20_000;

/** Height of the row of reader tools under the canvas (downloads, table). */
const TOOLS_PX = 28;

const CSS = `
:host { display: block; position: relative; max-width: 100%; direction: ltr;
  text-align: left; font-size: 16px; line-height: 1.4; color: #1a1a1a; }
:host([hidden]) { display: none; }
.frame { position: relative; font: 16px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1a1a1a; text-align: left; direction: ltr; }
.stage { position: relative; }
.stage.scrolls { overflow-y: auto; overscroll-behavior: contain; }
.sticky { position: relative; }
.stage.scrolls .sticky { position: sticky; top: 0; }
canvas { display: block; border: 0; padding: 0; margin: 0; }
canvas.chart:focus { outline: none; }
/* Inset: a chart as wide as a phone's screen keeps its whole focus ring in view. */
canvas.chart:focus-visible { outline: 2px solid #1a73e8; outline-offset: -2px; }
/* The highlight layer is its own compositor layer: redrawing it does not repaint the chart under it. */
canvas.overlay { position: absolute; left: 0; top: 0; pointer-events: none; will-change: transform; }
.tooltip { position: absolute; left: 0; top: 0; z-index: 1; box-sizing: border-box;
  will-change: transform; contain: layout paint;
  max-width: min(280px, 90vw); padding: 6px 9px; border-radius: 4px; pointer-events: none;
  background: #1a1a1a; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25);
  font: 13px/1.35 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
.tooltip[hidden] { display: none; }
.tooltip .g { font-weight: bold; }
.tooltip .t::before { content: ''; display: inline-block; width: 10px; height: 10px;
  margin-right: 6px; vertical-align: -1px; background: var(--swatch); border: 1px solid #fff;
  forced-color-adjust: none; }
.tools { display: flex; justify-content: flex-end; align-items: center; box-sizing: border-box;
  height: ${TOOLS_PX}px; padding: 0 8px 4px; }
.tools button { font: 13px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #0b57d0; background: none; border: 0; padding: 4px 6px; cursor: pointer; text-decoration: underline; }
.tools button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
table.data { border-collapse: collapse; margin: 0 8px 10px; font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
table.data caption { text-align: left; font-weight: bold; padding: 4px 0; }
table.data caption span { display: inline-block; position: sticky; left: 8px; max-width: calc(100cqi - 16px); }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: right; }
table.data th[scope=row], table.data thead th:first-child { text-align: left; }
.scroll { overflow-x: auto; container-type: inline-size; }
.error { box-sizing: border-box; margin: 0; padding: 12px 14px; border: 1px solid #b3261e;
  border-left-width: 4px; border-radius: 4px; background: #fdecea; color: #410e0b;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.error strong { display: block; margin-bottom: 4px; }
.error ul { margin: 0; padding-left: 20px; }
.placeholder { box-sizing: border-box; padding: 16px; overflow: hidden;
  font: bold 20px/1.25 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
.tools .sep { color: #767676; padding: 0 2px; font-size: 13px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.frame.dark { color: #f0f0f0; background: #121212; }
.frame.dark .tooltip { background: #f0f0f0; color: #121212; }
.frame.dark .tools button { color: #8ab4f8; }
.frame.dark table.data th, .frame.dark table.data td { border-color: #444; }
@media (forced-colors: active) {
  .tooltip { border: 1px solid CanvasText; }
  canvas.chart:focus-visible { outline-color: Highlight; }
}
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
    badType: (t) => `máy chủ trả về ${t}, không phải JSON`,
    notUtf8: 'tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng UTF-8',
    download: (f) => `Tải xuống ${f}`,
    internal: 'Lỗi nội bộ khi vẽ biểu đồ.',
    loadFailed: (url, why) => `Không tải được mã của biểu đồ từ ${url}: ${why}`,
    chart: 'Biểu đồ',
    keys: 'Dùng các phím mũi tên để nghe từng số liệu (trái, phải trong một nhóm; lên, xuống giữa các nhóm), Home và End đến đầu và cuối nhóm, Ctrl+Home và Ctrl+End đến đầu và cuối biểu đồ; Enter để làm nổi bật một mức; Esc để bỏ làm nổi bật; Tab để rời biểu đồ.',
    showData: 'Hiện bảng số liệu',
    hideData: 'Ẩn bảng số liệu',
    group: 'Nhóm',
    total: 'Tổng',
    emphasised: (t) => `Đang làm nổi bật: ${t}`,
    cleared: 'Đã bỏ làm nổi bật',
    attribute: (name, value) => `Thuộc tính ${name}="${value}" của thẻ <rating-chart>`,
  },
  en: {
    failed: 'This chart cannot be drawn',
    fetch: (url, why) => `Could not load the data from ${url}: ${why}`,
    badUrl: 'The src attribute accepts only http(s) addresses or relative paths.',
    noData: 'No data: set the src attribute or put a <script type="application/json"> inside.',
    badType: (t) => `the server sent ${t}, not JSON`,
    notUtf8: 'the file is not UTF-8 text; save it as UTF-8',
    download: (f) => `Download ${f}`,
    internal: 'Internal error while drawing the chart.',
    loadFailed: (url, why) => `Could not load the chart's code from ${url}: ${why}`,
    chart: 'Chart',
    keys: 'Use the arrow keys to hear each figure (left and right within a group, up and down between groups), Home and End for a group\'s first and last, Ctrl+Home and Ctrl+End for the chart\'s; Enter to emphasise a tier; Escape to clear it; Tab to leave the chart.',
    showData: 'Show data table',
    hideData: 'Hide data table',
    group: 'Group',
    total: 'Total',
    emphasised: (t) => `Emphasised: ${t}`,
    cleared: 'Emphasis cleared',
    attribute: (name, value) => `The ${name}="${value}" attribute of <rating-chart>`,
  },
};

function wordsFor(lang) {
  return (lang || '').toLowerCase().startsWith('vi') ? WORDS.vi : WORDS.en;
}

/** The language a chart's own words are in for a data locale: Vietnamese
 *  or English (a French chart's summary, buttons and announcements are in
 *  English, and a screen reader should read them so). */
function wordsLang(locale) {
  return wordsFor(locale) === WORDS.vi ? 'vi' : 'en';
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

/** The height the element reserves at \`width\` CSS px: from the \`heights\`
 *  attribute when it is given — pairs \`WIDTH:HEIGHT\` separated by spaces
 *  or commas, the height measured at each width: the height at that width
 *  when it is listed, else the larger of the two measured at the nearest
 *  listed widths around it (bars grow taller as the width shrinks, a donut
 *  as it grows; the larger never leaves the chart short), else the nearest
 *  one — else from the \`height\` attribute (CSS px at any width). NaN when
 *  neither is usable (then the chart takes its natural height). */
export function reservedHeight(heights, height, width) {
  const pairs = [];
  for (const part of String(heights ?? '').trim().split(/[\s,]+/).filter(Boolean)) {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) {
      pairs.length = 0;
      break;
    }
    pairs.push([Number(m[1]), Number(m[2])]);
  }
  if (pairs.length) {
    pairs.sort((a, b) => a[0] - b[0]);
    const below = pairs.filter((p) => p[0] <= width).at(-1);
    const above = pairs.find((p) => p[0] >= width);
    const h = Math.max(below?.[1] ?? 0, above?.[1] ?? 0);
    if (h > 0) return h;
  }
  const h = Number(height);
  return h > 0 ? h : NaN;
}

/** A rough height for the placeholder, from the inline data. The real
 *  height comes from the wasm layout; this estimate only spares most of the
 *  shift when no \`height\` attribute is given. */
function estimateHeight(data, width) {
  if (!data || !Array.isArray(data.groups) || !Array.isArray(data.tiers)) return 320;
  const narrow = width < 480;
  const inner = Math.max(width - (narrow ? 24 : 32), 100);
  const lines = (text, px) => (typeof text === 'string' ? Math.max(1, Math.ceil((text.length * px * 0.55) / inner)) : 0);
  let h = narrow ? 24 : 32;
  h += lines(data.title, narrow ? 17 : 20) * (narrow ? 22 : 25) + lines(data.subtitle, 14) * 18;
  if (data.title || data.subtitle) h += 12;
  const legend = data.tiers.reduce((n, t) => n + String((t && t.label) || '').length + 6, 0);
  h += Math.max(1, Math.ceil((legend * 13 * 0.55) / inner)) * 21 + 14;
  h += Math.min(data.groups.length, 10000) * (narrow ? 55 : 48);
  if (typeof data.notes === 'string') h += lines(data.notes, 12) * 16 + 4;
  if (data.source) h += 16;
  return Math.round(h);
}

/** One CSV field: quoted when needed; a leading = + - @ is defused so that
 *  spreadsheets do not run it as a formula. */
function csvField(value) {
  let v = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The data as CSV: one row per group, raw counts (blank = not reported).
 *  Shares-only data (groups with `shares`, no `counts`) exports the shares
 *  as published, under "TIER share (%)" headers, and no total. */
function toCsv(json) {
  const data = JSON.parse(json);
  const sharesOnly = data.groups.some((g) => g && g.shares && !g.counts);
  const header = sharesOnly
    ? ['group', 'period', ...data.tiers.map((t) => `${t.label} share (%)`)]
    : ['group', 'period', 'total', ...data.tiers.map((t) => t.label)];
  const rows = data.groups.map((g) => {
    if (sharesOnly) {
      const shares = g.shares || {};
      return [g.label, g.period, ...data.tiers.map((t) => shares[t.id])];
    }
    const given = g.counts || {};
    const counts = data.tiers.map((t) => given[t.id]);
    const sum = counts.reduce((a, c) => a + (c || 0), 0);
    return [g.label, g.period, g.total ?? sum, ...counts];
  });
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Saves a blob as a file through a temporary link. */
function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function slug(text) {
  const s = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'rating-chart';
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class DataError extends Error {}

const KEY_MOVES = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'rowStart',
  End: 'rowEnd',
};

export class RatingChartElement extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'height', 'heights', 'theme', 'kind', 'locale', 'loading'];
  }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    this._root.adoptedStyleSheets = [styleSheet()];
    this._frame = el('div', 'frame');
    this._root.append(this._frame);
    this._chart = null;
    this._cleanup = [];
    this._generation = 0;
    this._size = { width: 0, ratio: 0 };
    this._tip = null;
    // No tooltip yet: the first layout's "nothing hovered" is no news.
    this._tipKey = null;
  }

  connectedCallback() {
    charts.add(this);
    watchFonts();
    // Read before the placeholder changes the layout: a chart in view starts
    // its module loading now, while the placeholder is put in.
    const near = isNear(this);
    if (near) loadModule();
    this._placeholder();
    this._stopWaiting = whenNear(this, near, () => this._startWhenReady());
    // Inline data added or replaced later (a single-page app, an iframe's
    // new fragment): the chart draws it.
    this._dataWatch = new MutationObserver(() => {
      if (!this._started) return;
      const inline = this.querySelector('script[type="application/json"]');
      const text = inline ? inline.textContent : null;
      if (text !== this._inlineRead) {
        this._given = undefined;
        this._render();
      }
    });
    this._dataWatch.observe(this, { childList: true, characterData: true, subtree: true });
  }

  /** Renders once the element's data can be read: after the code that
   *  added the element has run (it may append the data script next) and,
   *  while the page is still being parsed, once its children are. */
  _startWhenReady() {
    if (this._starting) return;
    this._starting = true;
    queueMicrotask(() => {
      if (!this.isConnected) return;
      const hasData = this.hasAttribute('src') || this.querySelector('script[type="application/json"]');
      if (!hasData && document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.isConnected && this._render(), { once: true });
        return;
      }
      this._render();
    });
  }

  disconnectedCallback() {
    charts.delete(this);
    this._generation += 1;
    this._starting = false;
    this._stopWaiting?.();
    this._stopWaiting = undefined;
    this._dataWatch?.disconnect();
    this._teardown();
  }

  /** Reserves the chart's space before anything loads (no layout shift):
   *  the \`height\` attribute when given, else an
   *  estimate from the inline data; shows the title meanwhile. */
  _placeholder() {
    if (this._chart || this._frame.firstChild) return;
    const box = el('div', 'placeholder');
    const inline = this.querySelector('script[type="application/json"]');
    const width = this.clientWidth || 640;
    const reserved = reservedHeight(this.getAttribute('heights'), this.getAttribute('height'), width);
    // The inline data gives the title and, without a height attribute, an
    // estimate of the height; a big text with a height is not parsed here.
    let data = null;
    const text = inline ? inline.textContent : '';
    if (text && (text.length < 100_000 || !(reserved > 0))) {
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
    }
    const h = reserved || estimateHeight(data, width);
    box.style.height = `${h + TOOLS_PX}px`;
    if (data && typeof data.title === 'string') box.textContent = data.title;
    if (data && typeof data === 'object') this._frame.lang = wordsLang(typeof data.locale === 'string' ? data.locale : 'vi-VN');
    this._frame.replaceChildren(box);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    // loading="eager" set on a chart still waiting to come near: start now.
    if (name === 'loading') {
      // (Before connectedCallback — an element upgraded in place — there is
      // nothing to hurry: connecting starts it.)
      if (newValue === 'eager' && this._stopWaiting && !this._starting && !this._started) {
        this._stopWaiting?.();
        this._stopWaiting = whenNear(this, true, () => this._startWhenReady());
      }
      return;
    }
    if (!this._started) return;
    if (name === 'theme') this._applyTheme();
    else {
      // A new src is new data: it replaces what setData gave.
      if (name === 'src') this._given = undefined;
      this._render();
    }
  }

  /** The wasm chart object, once drawn (for tests and developers). */
  get chart() {
    return this._chart;
  }

  /** Replaces the chart's data (JSON text or parsed data) and draws it,
   *  with its description, data table and downloads; resolves once drawn.
   *  Invalid data throws an Error listing its problems, and the chart keeps
   *  what it shows. (The \`chart\` object's own setData redraws the canvas
   *  only: the element would not know.) */
  async setData(json) {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    if (typeof text !== 'string') throw new TypeError('setData takes the data as JSON text or as an object.');
    const mod = await loadModule();
    const errors = mod.validate(this._withAttributes(text)).filter((i) => i.severity === 'error');
    if (errors.length) throw new Error(errors.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
    this._given = text;
    // Removed meanwhile: kept for when it is connected again.
    if (!this.isConnected) return;
    this._started = true;
    this._stopWaiting?.();
    await this._render();
  }

  _teardown() {
    for (const undo of this._cleanup.splice(0)) undo();
    this._unwatchRatio?.();
    this._unwatchRatio = null;
    this._ratioWatched = null;
    if (this._chart) {
      try {
        this._chart.free();
      } catch {
        // An instance that trapped is discarded whole.
      }
      this._chart = null;
    }
    // Its tooltip goes with it: said once, and not again at the next draw.
    if (this._tipKey !== null) {
      this._tipKey = null;
      this._pointerRect = null;
      this._emit('rating-chart:hover', null);
    }
  }

  /** Runs \`fn\` (a call into wasm); a trap shows this chart's error and
   *  recovers the others on a fresh instance instead of reaching the page. */
  _guard(fn) {
    try {
      return fn();
    } catch (e) {
      if (!isTrap(e)) throw e;
      this._chart = null;
      this._teardown();
      const lang = (this._json && localeOf(this._json)) || this._lang();
      this._showError(lang, [wordsFor(lang).internal, String(e.message)]);
      this._emit('rating-chart:error', { message: String(e.message) });
      recoverFromTrap(this);
      return undefined;
    }
  }

  /** Adds an event listener that is removed when the chart is torn down. */
  _listen(target, type, handler, options) {
    const guarded = (e) => this._guard(() => handler(e));
    target.addEventListener(type, guarded, options);
    this._cleanup.push(() => target.removeEventListener(type, guarded, options));
  }

  _lang() {
    return this.closest('[lang]')?.lang || document.documentElement.lang;
  }

  async _readData() {
    const inline = this.querySelector('script[type="application/json"]');
    // Read once: a big document's text is copied at every read.
    this._inlineRead = inline ? inline.textContent : null;
    // Data given by setData wins until the page changes the chart's own.
    if (this._given !== undefined) return this._given;
    if (inline) return this._inlineRead;
    const src = this.getAttribute('src');
    const w = wordsFor(this._lang());
    if (!src) throw new DataError(w.noData);
    const url = safeUrl(src, document.baseURI);
    if (!url) throw new DataError(w.badUrl);
    let res;
    try {
      // A source that never answers ends in an error box, not a placeholder forever.
      const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(FETCH_TIMEOUT_MS) : undefined;
      res = await fetch(url, { credentials: 'same-origin', signal });
    } catch (e) {
      throw new DataError(w.fetch(src, e.message));
    }
    if (!res.ok) throw new DataError(w.fetch(src, `HTTP ${res.status}`));
    const type = (res.headers.get('content-type') || '').toLowerCase();
    if (type && !type.includes('json') && !type.startsWith('text/plain')) {
      throw new DataError(w.fetch(src, w.badType(type.split(';')[0])));
    }
    // Strict UTF-8: a file saved in another encoding is reported, not
    // silently mangled. The BOM is left for the validator, which allows one.
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await res.arrayBuffer());
    } catch {
      throw new DataError(w.fetch(src, w.notUtf8));
    }
  }

  /** Applies the \`kind\` and \`locale\` attributes over the data's own
   *  options. Only plain own properties of the parsed JSON are set (no
   *  merging that could reach a prototype); the result is validated in wasm
   *  like any data. */
  _withAttributes(json) {
    const kind = this.getAttribute('kind');
    const locale = this.getAttribute('locale');
    if (kind === null && locale === null) return json;
    let data;
    try {
      data = JSON.parse(json);
    } catch {
      return json; // the syntax error is reported with its line and column
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return json;
    if (locale !== null) data.locale = locale;
    if (kind !== null) {
      const display = data.display;
      if (display && typeof display === 'object' && !Array.isArray(display)) display.kind = kind;
      else if (display === undefined || display === null) data.display = { kind };
    }
    return JSON.stringify(data);
  }

  async _render() {
    // A chart removed from the page draws nothing (nothing would tear it
    // down); connecting it again renders it.
    if (!this.isConnected) return;
    this._started = true;
    const generation = ++this._generation;
    this._teardown();
    let json = null;
    try {
      // The module loads while the data is read (a src fetch overlaps it).
      const module = loadModule();
      json = this._withAttributes(await this._readData());
      const mod = await module.catch((e) => {
        // Blocked by a Content-Security-Policy, a CDN without CORS, offline:
        // say where the code was to come from, not "internal error".
        const lang = localeOf(json) ?? this._lang();
        throw new DataError(wordsFor(lang).loadFailed(new URL('.', MODULE_URL).href, String(e && e.message)));
      });
      if (generation !== this._generation) return;
      // A big document is validated in one task and laid out and drawn in
      // the next, so that the page can answer the reader in between.
      let prepared = null;
      if (json.length > BIG_JSON && typeof mod.prepare === 'function') {
        const before = instance;
        prepared = mod.prepare(json);
        await new Promise((ok) => setTimeout(ok, 0));
        if (generation !== this._generation || instance !== before) {
          // Gone, redrawn, or another chart trapped meanwhile (a fresh
          // instance is loading: start again on it).
          if (instance === before) {
            try {
              prepared.free();
            } catch {
              // An instance that trapped is discarded whole.
            }
          } else if (generation === this._generation) {
            this._render();
          }
          return;
        }
      }
      this._draw(mod, json, prepared);
    } catch (e) {
      if (generation !== this._generation) return;
      if (isTrap(e)) {
        this._json = json;
        this._guard(() => {
          throw e;
        });
        return;
      }
      this._teardown();
      // Text that is not JSON at all has no locale, and the module
      // describes it in English: the heading follows.
      const lang = json === null ? this._lang() : localeOf(json) ?? 'en';
      const internal = !(e instanceof DataError) && !(e instanceof Error && e.name === 'Error');
      this._showError(lang, internal ? [wordsFor(lang).internal, String(e && e.message)] : this._attributeLines(String(e.message).split('\n'), wordsFor(lang)));
      this._emit('rating-chart:error', { message: String(e && e.message) });
    }
  }

  /** Problems with what the kind and locale attributes put into the data
   *  name the attribute, not a field the data does not have. */
  _attributeLines(lines, w) {
    const fields = [['display.kind', 'kind'], ['locale', 'locale']];
    return lines.map((line) => {
      for (const [path, name] of fields) {
        const value = this.getAttribute(name);
        if (value !== null && line.startsWith(`${path}: `)) {
          const shown = [...value].length > 40 ? `${[...value].slice(0, 39).join('')}…` : value;
          return `${w.attribute(name, shown)}: ${line.slice(path.length + 2)}`;
        }
      }
      return line;
    });
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  _draw(mod, json, prepared = null) {
    const stage = el('div', 'stage');
    const sticky = el('div', 'sticky');
    const spacer = el('div', 'spacer');
    const canvas = el('canvas', 'chart');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('dir', 'ltr');
    canvas.tabIndex = 0;
    canvas.setAttribute('aria-describedby', 'summary keys');
    const overlay = el('canvas', 'overlay');
    overlay.setAttribute('aria-hidden', 'true');
    const tip = el('div', 'tooltip');
    tip.hidden = true;
    tip.setAttribute('aria-hidden', 'true');
    sticky.append(canvas, overlay, tip);
    stage.append(sticky, spacer);
    // Laid out and drawn once, at the size and in the theme it will have
    // (the _fit and _applyTheme below then have nothing to redo).
    const width = this.clientWidth || 640;
    const height = reservedHeight(this.getAttribute('heights'), this.getAttribute('height'), width);
    const dark = this._dark();
    const options = {
      width,
      height: height > 0 ? height : undefined,
      ratio: window.devicePixelRatio || 1,
      theme: dark ? 'dark' : 'light',
    };
    const chart = prepared
      ? mod.RatingChart.fromPrepared(canvas, prepared, overlay, options)
      : new mod.RatingChart(canvas, json, overlay, options);
    // Owned from here: freed by _teardown whatever happens next.
    this._chart = chart;
    // Its words (summary, table, announcements) are in the data's language:
    // a screen reader reads them with that voice, whatever the page's.
    this._frame.lang = wordsLang(chart.locale);
    const w = (this._words = wordsFor(chart.locale));
    const summary = el('p', 'sr-only');
    summary.id = 'summary';
    const keys = el('p', 'sr-only', w.keys);
    keys.id = 'keys';
    const live = el('div', 'sr-only');
    live.setAttribute('aria-live', 'polite');
    const tools = el('div', 'tools');
    const toggle = el('button', null, w.showData);
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'data');
    for (const format of ['PNG', 'SVG', 'CSV']) {
      const b = el('button', null, format);
      b.type = 'button';
      b.setAttribute('aria-label', w.download(format));
      b.dataset.download = format.toLowerCase();
      tools.append(b, el('span', 'sep', '·'));
    }
    tools.append(toggle);
    // The data table is visually hidden by its wrapper (1 px, clipped,
    // overflow hidden): a table never shrinks below its content, so hiding
    // the table itself would still widen the page on narrow screens.
    const tableWrap = el('div', 'scroll sr-only');
    this._frame.replaceChildren(stage, summary, keys, live, tools, tableWrap);

    this._mod = mod;
    this._json = json;
    this._parts = { stage, sticky, spacer, canvas, overlay, tip, live, toggle, tableWrap };
    canvas.setAttribute('aria-label', chart.title || w.chart);
    this._header = null;
    this._describe(summary, tableWrap, chart, w);

    this._wireEvents();
    this._applyTheme(dark);
    this._size = { width: 0, ratio: 0 };
    // The width it was drawn at: reading it again here would force a
    // layout of everything just added (the ResizeObserver reports changes).
    this._fit(width);
    const observer = new ResizeObserver(() => this._guard(() => this._fit()));
    observer.observe(this);
    this._cleanup.push(() => observer.disconnect());
    this._emit('rating-chart:render', null);
  }

  /** Writes the chart's text description in \`summary\` and its data table
   *  in \`wrap\`: the table (caption and header) at once, its rows too for
   *  a small chart; for a big one (over 1,000 data) the rows follow after
   *  the chart is on screen, a few hundred per idle moment, so that neither
   *  the first chart nor any frame waits for thousands of rows. */
  _describe(summary, wrap, chart, w) {
    // Not the title again: it is the canvas's name.
    summary.textContent = chart.description();
    const head = chart.table(0, 0);
    this._header = head.header;
    const sharesOnly = Boolean(head.sharesOnly);
    const table = this._table(head, chart.title, w);
    wrap.append(table);
    const body = table.tBodies[0];
    if (chart.datumCount <= 1000) {
      for (const row of chart.table().rows) body.append(this._row(row, sharesOnly));
      return;
    }
    const idle = (fn) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 16);
    let done = 0;
    const step = () => {
      if (this._chart !== chart) return; // redrawn or removed meanwhile
      this._guard(() => {
        const rows = chart.table(done, done + 400).rows;
        for (const row of rows) body.append(this._row(row, sharesOnly));
        done += 400;
        if (rows.length === 400) idle(step);
      });
    };
    idle(step);
  }

  /** The data table without its rows: caption and header, every number
   *  from the same formatter as the chart. */
  _table(data, title, w) {
    const table = el('table', 'data sr-only');
    table.id = 'data';
    // The title wraps to the visible width and stays in view while a wide
    // table scrolls sideways (a caption is as wide as its table).
    if (title) {
      const caption = el('caption');
      const text = el('span', null, title);
      text.dir = 'auto';
      caption.append(text);
      table.append(caption);
    }
    const head = el('thead');
    const hr = el('tr');
    // Shares-only data has no counts: no total column, shares alone.
    const sharesOnly = Boolean(data.sharesOnly);
    for (const h of [w.group, ...(sharesOnly ? [] : [w.total]), ...data.header]) {
      const th = el('th', null, h);
      th.dir = 'auto'; // a tier named in Arabic or Hebrew reads right to left
      th.scope = 'col';
      hr.append(th);
    }
    head.append(hr);
    table.append(head, el('tbody'));
    return table;
  }

  _row(row, sharesOnly) {
    const tr = el('tr');
    const th = el('th', null, row.group);
    th.dir = 'auto';
    th.scope = 'row';
    tr.append(th);
    if (!sharesOnly) tr.append(el('td', null, row.total));
    for (const [count, share] of row.cells) {
      const text = sharesOnly ? share : count && share ? `${count} (${share})` : count;
      tr.append(el('td', null, text));
    }
    return tr;
  }

  _wireEvents() {
    const { canvas, toggle, tableWrap } = this._parts;
    // Pointer positions in the whole chart's coordinates (a tall chart
    // shows only the band that starts at viewportTop).
    const point = (e) => {
      const r = canvas.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top + this._chart.viewportTop];
    };
    let scrollFrame = 0;
    this._listen(this._parts.stage, 'scroll', () => {
      if (scrollFrame) return;
      scrollFrame = requestAnimationFrame(() => this._guard(() => {
        scrollFrame = 0;
        if (!this._chart || !this._parts.stage.classList.contains('scrolls')) return;
        this._chart.setViewport(this._parts.stage.scrollTop);
        if (this._tipKey && this._root.activeElement === canvas) {
          this._place();
        } else {
          // What was under the pointer has moved: no hover until it moves.
          this._chart.pointerLeave();
          this._hover(null);
        }
      }));
    });
    this._cleanup.push(() => cancelAnimationFrame(scrollFrame));
    this._listen(canvas, 'pointermove', (e) => {
      if (e.pointerType === 'touch') return;
      const [x, y] = point(e);
      // Still inside the rectangle of the datum under the pointer: nothing
      // changes, and wasm is not even asked.
      const r = this._pointerRect;
      if (r && x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return;
      // Same datum: nothing to do. The tooltip stays anchored to its
      // datum (as Chart.js and Datawrapper anchor theirs): moving it with
      // every pointer move would repaint the page's layers each frame.
      const moved = this._chart.pointerMove(x, y);
      if (moved === undefined) return;
      canvas.style.cursor = moved.legend ? 'pointer' : '';
      // A mark that is not one rectangle (a donut's arc, a waffle's
      // squares, a line's point) gets the tooltip where the pointer met it.
      this._hover(moved.datum, moved.datum && !moved.datum.rect ? [x, y] : undefined);
      this._pointerRect = moved.datum && moved.datum.rect ? moved.datum : null;
    });
    this._listen(canvas, 'pointerleave', (e) => {
      if (e.pointerType === 'touch') return;
      this._chart.pointerLeave();
      this._hover(null);
    });
    // Touch: a tap shows the figure and keeps it until a tap elsewhere.
    this._listen(canvas, 'pointerdown', (e) => {
      if (e.pointerType !== 'touch') return;
      const [x, y] = point(e);
      const moved = this._chart.pointerMove(x, y);
      if (moved !== undefined) this._hover(moved.datum, moved.datum && !moved.datum.rect ? [x, y] : undefined);
    });
    this._listen(document, 'pointerdown', (e) => {
      if (e.pointerType === 'touch' && !e.composedPath().includes(canvas)) {
        this._chart.pointerLeave();
        this._hover(null);
      }
    });
    this._listen(canvas, 'click', (e) => {
      const [x, y] = point(e);
      const tier = this._chart.legendAt(x, y);
      if (tier !== null) this._toggleTier(tier);
    });
    this._listen(canvas, 'keydown', (e) => this._key(e));
    // A 2D canvas can lose its pixels (memory pressure, a GPU reset): the
    // browser gives the context back empty, and the chart paints itself again.
    for (const c of [canvas, this._parts.overlay]) this._listen(c, 'contextrestored', () => this._chart.redraw());
    this._listen(canvas, 'blur', () => {
      this._chart.clearFocus();
      this._hover(null);
    });
    for (const b of this._parts.stage.parentNode.querySelectorAll('[data-download]')) {
      this._listen(b, 'click', () => this.download(b.dataset.download));
    }
    this._listen(toggle, 'click', () => {
      const table = tableWrap.querySelector('table');
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      // The wrapper does the hiding; the table's own class says the same.
      tableWrap.classList.toggle('sr-only', !open);
      table.classList.toggle('sr-only', !open);
      // Shown, a wide table scrolls sideways: the keyboard can scroll it.
      if (open) {
        tableWrap.tabIndex = 0;
        tableWrap.setAttribute('role', 'region');
        tableWrap.setAttribute('aria-label', table.caption?.textContent || this._words.showData);
      } else {
        tableWrap.removeAttribute('tabindex');
        tableWrap.removeAttribute('role');
        tableWrap.removeAttribute('aria-label');
      }
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? this._words.hideData : this._words.showData;
    });
    const schemes = matchMedia('(prefers-color-scheme: dark)');
    const forced = matchMedia('(forced-colors: active)');
    this._listen(schemes, 'change', () => this._applyTheme());
    this._listen(forced, 'change', () => this._applyTheme());
  }

  /** Downloads the chart as \`png\` (drawn at 2×), \`svg\` or \`csv\`. */
  download(format) {
    const chart = this._chart;
    if (!chart) return;
    const name = slug(chart.title || 'rating-chart');
    if (format === 'svg') {
      save(new Blob([chart.toSvg()], { type: 'image/svg+xml' }), `${name}.svg`);
    } else if (format === 'csv') {
      save(new Blob(['\ufeff', toCsv(this._json)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } else if (format === 'png') {
      const canvas = document.createElement('canvas');
      // The chart as it is on screen: its width and its height.
      const copy = new this._mod.RatingChart(canvas, this._json, undefined, {
        width: chart.width,
        height: chart.height,
        ratio: 2,
        theme: this._frame.classList.contains('dark') ? 'dark' : 'light',
      });
      canvas.toBlob((blob) => {
        copy.free();
        if (blob) save(blob, `${name}.png`);
      }, 'image/png');
    }
  }

  _key(e) {
    const chart = this._chart;
    let move = KEY_MOVES[e.key];
    if (move && (e.ctrlKey || e.metaKey) && (e.key === 'Home' || e.key === 'End')) {
      move = e.key === 'Home' ? 'first' : 'last';
    }
    if (move) {
      e.preventDefault();
      const info = chart.focusMove(move);
      if (info) this._reveal(info);
      this._announce(info && info.text);
      this._hover(info);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const info = chart.focused;
      if (!info) return;
      e.preventDefault();
      this._toggleTier(info.tier);
    } else if (e.key === 'Escape') {
      if (!chart.focused && chart.emphasis === null) return;
      e.preventDefault();
      chart.clearFocus();
      // Said aloud, as when Enter clears it.
      if (chart.emphasis !== null) this._toggleTier(chart.emphasis);
      this._hover(null);
    }
  }

  /** Scrolls a tall chart so that the datum is in view. */
  _reveal(info) {
    const { stage } = this._parts;
    if (!stage.classList.contains('scrolls')) return;
    const top = stage.scrollTop;
    const view = this._chart.viewHeight;
    const total = this._chart.height;
    let next = top;
    if (info.y < top + 8) next = info.y - 48;
    else if (info.y + info.h > top + view - 8) next = info.y + info.h - view + 48;
    // Near either end, show the end itself: the title above the first row,
    // the notes below the last.
    if (next !== top) {
      if (info.y + info.h + 48 <= view) next = 0;
      else if (info.y - 48 >= total - view) next = total - view;
    }
    stage.scrollTop = Math.max(0, next);
    this._chart.setViewport(stage.scrollTop);
  }

  _toggleTier(tier) {
    const on = this._chart.toggleTier(tier);
    const label = this._header[tier < 0 ? this._header.length - 1 : tier];
    this._announce(on ? this._words.emphasised(label) : this._words.cleared);
  }

  _announce(text) {
    if (text) this._parts.live.textContent = text;
  }

  /** Shows the tooltip for \`info\` (or hides it): above or below its
   *  segment when the mark is one rectangle; for other marks (a donut's
   *  arc, a waffle's squares, a line's point) at \`point\`, where the
   *  pointer met the mark, or at the mark's middle for the keyboard. */
  _hover(info, point) {
    // A page's hover listener may have removed or redrawn the chart.
    if (!this._chart || !this._parts) return;
    const { tip } = this._parts;
    const key = info ? `${info.group}:${info.tier}` : null;
    if (key !== this._tipKey) {
      this._emit('rating-chart:hover', info);
      if (!this._chart) return; // its listener took the chart away
    }
    if (!info) {
      tip.hidden = true;
      this._tipKey = null;
      this._pointerRect = null;
      return;
    }
    this._pointerRect = null;
    if (key !== this._tipKey) {
      this._tipKey = key;
      this._tipInfo = info;
      this._tipAt = info.rect ? null : point ?? [info.cx, info.cy];
      const g = el('div', 'g', info.period ? `${info.groupLabel} · ${info.period}` : info.groupLabel);
      const t = el('div', 't', info.tierLabel);
      // Names in Arabic or Hebrew read right to left, as on the canvas.
      g.dir = t.dir = 'auto';
      t.style.setProperty('--swatch', info.color);
      // Only what exists: shares-only data has no count.
      tip.replaceChildren(g, t, el('div', 'v', [info.count, info.share].filter(Boolean).join(' · ')));
      tip.hidden = false;
      // Measured once per datum, not per pointer move.
      this._tipSize = [tip.offsetWidth, tip.offsetHeight];
    }
    this._place();
  }

  /** Positions the tooltip: centred on its anchor, inside the chart and the
   *  viewport; above the datum (or the point) or below it when there is no
   *  room above, never over a rectangle; never past the chart's bottom
   *  (an iframe would have to grow, a page to scroll). */
  _place() {
    const { tip, stage } = this._parts;
    const info = this._tipInfo;
    const at = this._tipAt;
    const [tw, th] = this._tipSize;
    const box = stage.getBoundingClientRect();
    let left = (at ? at[0] : info.x + info.w / 2) - tw / 2;
    left = Math.min(left, box.width - tw, window.innerWidth - box.left - tw - 4);
    left = Math.max(left, 0, 4 - box.left);
    const y = (at ? at[1] : info.y) - this._chart.viewportTop;
    let top = y - th - (at ? 12 : 8);
    // Below: under the rectangle, or under the pointer's arrow.
    if (top < 0 || box.top + top < 0) top = at ? y + 20 : y + info.h + 8;
    top = Math.max(0, Math.min(top, box.height - th));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  /** Whether the chart is dark: the `theme` attribute, else the page's own
   *  `color-scheme`, else the reader's preference. */
  _dark() {
    const attr = this.getAttribute('theme');
    if (attr === 'dark' || attr === 'light') return attr === 'dark';
    const page = getComputedStyle(document.documentElement).colorScheme || 'normal';
    const words = page.split(/\s+/);
    if (words.includes('dark') && !words.includes('light')) return true;
    if (words.includes('light') && !words.includes('dark')) return false;
    return matchMedia('(prefers-color-scheme: dark)').matches;
  }

  /** Light or dark (see \`_dark\`); forced colours win. */
  _applyTheme(dark = this._dark()) {
    const chart = this._chart;
    if (!chart) return;
    this._frame.classList.toggle('dark', dark);
    if (matchMedia('(forced-colors: active)').matches) {
      const probe = el('span');
      probe.style.cssText = 'color: CanvasText; background-color: Canvas';
      this._frame.append(probe);
      const cs = getComputedStyle(probe);
      const [ink, paper] = [cs.color, cs.backgroundColor];
      probe.remove();
      chart.setForcedColors(paper, ink);
    } else {
      chart.setTheme(dark ? 'dark' : 'light');
    }
  }

  /** Lays the chart out again when the element's width (read from the
   *  layout unless given) or the DPR changes. */
  _fit(width = this.clientWidth || 640) {
    const chart = this._chart;
    if (!chart) return;
    const ratio = window.devicePixelRatio || 1;
    if (width === this._size.width && ratio === this._size.ratio) return;
    this._size = { width, ratio };
    const h = reservedHeight(this.getAttribute('heights'), this.getAttribute('height'), width);
    let height = chart.resize(width, h > 0 ? h : undefined, ratio);
    // `heights` reserves space; it does not ask for blank paper. A chart
    // whose kind cannot fill the height reserved between two measured
    // widths (a donut does not grow with the height, bars do) takes its
    // natural height: a shift rather than a hole. A `height` attribute
    // is the chart's height, kept.
    if (chart.blankHeight > Math.max(BLANK_SLACK_PX, 0.12 * h) && reservedHeight(this.getAttribute('heights'), null, width) > 0) {
      height = chart.resize(width, undefined, ratio);
    }
    const { stage, sticky, spacer, canvas, overlay } = this._parts;
    // A tall chart shows a band of itself and scrolls (the wasm side decides).
    const view = chart.viewHeight < height ? chart.viewHeight : null;
    stage.classList.toggle('scrolls', view !== null);
    stage.style.height = sticky.style.height = view ? `${view}px` : '';
    spacer.style.height = view ? `${height - view}px` : '0px';
    if (view) chart.setViewport(stage.scrollTop);
    for (const c of [canvas, overlay]) {
      c.style.width = `${chart.width}px`;
      c.style.height = `${view ?? height}px`;
    }
    // Laid out anew: what was under the pointer may be elsewhere now.
    chart.pointerLeave();
    this._hover(null);
    this._watchRatio(ratio);
  }

  /** Lays the chart out again with fresh text widths (fonts loaded). */
  _fontsChanged() {
    if (!this._chart) return;
    this._guard(() => {
      this._chart.fontsChanged();
      this._size = { width: 0, ratio: 0 };
      this._fit();
    });
  }

  /** Refits when devicePixelRatio changes (zoom, another screen). */
  _watchRatio(ratio) {
    if (this._ratioWatched === ratio) return;
    this._ratioWatched = ratio;
    this._unwatchRatio?.();
    const query = matchMedia(`(resolution: ${ratio}dppx)`);
    const onChange = () => this._fit();
    query.addEventListener('change', onChange);
    this._unwatchRatio = () => query.removeEventListener('change', onChange);
  }

  _showError(lang, lines) {
    const w = wordsFor(lang);
    const box = el('div', 'error');
    box.setAttribute('role', 'alert');
    const list = el('ul');
    for (const line of lines.filter(Boolean)) list.append(el('li', null, line));
    box.append(el('strong', null, w.failed), list);
    this._frame.lang = wordsLang(lang);
    this._frame.replaceChildren(box);
  }
}

if (!customElements.get('rating-chart')) {
  customElements.define('rating-chart', RatingChartElement);
}
