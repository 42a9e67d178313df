// <rating-chart>: the custom element. It owns the page's side of a chart
// (shadow root, canvases, events, sizes) and composes the host's modules;
// the wasm module validates, lays out, paints and answers questions (what
// is under the pointer, where the keyboard focus goes, how to describe a
// datum, the data as CSV).
import { DEFAULT_WIDTH_PX } from './constants.js';
import { DataError, fetchText, inlineScript, inlineText, kindsOf, needsKinds, parseSmall, withAttributes } from './data.js';
import { el } from './dom.js';
import { errorWordsFor, issueLines, needsErrorWords, say, showError } from './errors.js';
import { stopWarming, warmFonts } from './fonts.js';
import { fill, languageOf, wordsFor } from './i18n.js';
import { moveFor, revealTop } from './keys.js';
import { placeholder } from './placeholder.js';
import { wirePointer } from './pointer.js';
import { isNear, watchFonts, whenNear, whenUsed } from './lazy.js';
import { charts, currentInstance, freeQuietly, isTrap, loadKinds, loadModule, loadReader, packageUrl, recoverFromTrap, whileDownloading, wordedIssues } from './loader.js';
import { reservedHeight, resizeChart } from './size.js';
import { adoptStaticRules, hasStaticCopy } from './static.js';
import { styleSheet } from './styles.js';
import { describe, tableToggle, toggleTable } from './table.js';
import { applyTheme, isDark } from './theme.js';
import { downloadButtons } from './tools.js';
import { Tooltip, datumKey } from './tooltip.js';

/** Issues that leave the data's locale unread: the text is not a JSON
 *  document the validator could read (the module words them in English
 *  then, knowing no better). */
const UNREAD = new Set(['json.syntax', 'json.too_deep', 'json.encoding', 'limit.document_size']);

/** Whether the data's own locale was never read (see UNREAD). */
function localeUnknown(issues) {
  const errors = issues.filter((i) => i.severity === 'error');
  return errors.length > 0 && errors.every((i) => UNREAD.has(i.code));
}

/** JSON longer than this (characters) is validated and drawn in two tasks. */
const BIG_JSON = 200_000;

let saving = null;
/** The downloads (downloads.js), imported once per page when a reader
 *  first asks for one: a file of its own in the CDN copy, which the first
 *  chart does not wait for. Again after a failed load. */
function downloads() {
  if (!saving) {
    saving = import('./downloads.js');
    saving.catch(() => {
      saving = null;
    });
  }
  return saving;
}

// On a server (no HTMLElement: Node rendering a page) the class is only
// declared, so that importing it there throws nothing.
export class RatingChartElement extends (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) {
  static get observedAttributes() {
    return ['src', 'height', 'heights', 'theme', 'kind', 'locale', 'loading'];
  }

  constructor() {
    super();
    // Slots are assigned by hand: only a pre-drawn copy is ever shown from
    // the element's children, never its data script (a page that unsets
    // every element's styles would show the JSON as text).
    this._root = this.attachShadow({ mode: 'open', slotAssignment: 'manual' });
    this._root.adoptedStyleSheets = [styleSheet()];
    this._frame = el('div', 'frame');
    this._root.append(this._frame);
    this._chart = null;
    this._cleanup = [];
    this._generation = 0;
    this._size = { width: 0, ratio: 0 };
    // No tooltip yet: the first layout's "nothing hovered" is no news.
    this._tipKey = null;
  }

  connectedCallback() {
    charts.add(this);
    watchFonts(() => {
      for (const chart of charts) chart._fontsChanged();
    });
    // loading="interaction": nothing loads until idle time or the reader
    // comes to the chart (see lazy.js's whenUsed).
    const untilUsed = this.getAttribute('loading') === 'interaction';
    // Read before the placeholder changes the layout: a chart in view starts
    // its module loading now (the one its data's kind needs, when the data
    // is at hand), while the placeholder is put in.
    const near = !untilUsed && isNear(this);
    // (Its width too, while the layout isNear read is fresh.)
    const width = near ? this._width() : 0;
    let text;
    if (near) {
      text = this._given ?? inlineScript(this)?.textContent;
      this._load(text === undefined ? null : this._withAttributes(text));
    }
    this._placeholder();
    // While the module downloads: the fonts its layout will measure with,
    // from when it has answered (its compilation starts first), unless it
    // has arrived whole by then (a preloaded module on a fast network).
    if (near) {
      const data = parseSmall(text);
      whileDownloading(() => warmFonts(data, width));
    }
    const start = () => this._startWhenReady();
    this._stopWaiting = untilUsed ? whenUsed(this, start) : whenNear(this, near, start);
    // Inline data added or replaced later (a single-page app, an iframe's
    // new fragment): the chart draws it.
    this._dataWatch = new MutationObserver(() => {
      if (!this._started) return;
      const inline = inlineScript(this);
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
      const hasData = this.hasAttribute('src') || inlineScript(this);
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
   *  the `height` attribute when given, else an estimate from the inline
   *  data; shows the title meanwhile. */
  _placeholder() {
    if (this._chart || this._frame.firstChild) return;
    // A chart pre-drawn as SVG (rating-chart embed) shows its copy, at the
    // height its `heights` reserve, until the live chart has drawn (which
    // replaces the frame's content, the slot with it, in one frame).
    if (hasStaticCopy(this)) {
      adoptStaticRules(this);
      const slot = el('slot', 'static');
      this._frame.replaceChildren(slot);
      // (A browser without manual assignment slots every child, as before.)
      slot.assign?.(...this.querySelectorAll(':scope > svg.rc-static'));
      return;
    }
    const inline = inlineScript(this);
    const width = this._width();
    const reserved = reservedHeight(this.getAttribute('heights'), this.getAttribute('height'), width);
    const { box, lang } = placeholder(inline ? inline.textContent : '', reserved, width);
    if (lang) this._frame.lang = lang;
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
   *  Invalid data throws an Error listing its problems (one a line; its
   *  `issues` are the module's), and the chart keeps what it shows. (The
   *  `chart` object's own setData redraws the canvas only: the element
   *  would not know.) */
  async setData(json) {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    if (typeof text !== 'string') throw new TypeError('setData takes the data as JSON text or as an object.');
    const checked = this._withAttributes(text);
    const mod = await this._load(checked);
    let issues = [];
    try {
      freeQuietly(mod.prepare(checked));
    } catch (e) {
      // fullModule: valid data of a kind the kinds module draws (_render).
      if (!e?.fullModule) {
        if (!Array.isArray(e?.issues)) throw e;
        issues = (await wordedIssues(e.issues, checked, e.lang)).filter((i) => i.severity === 'error');
      }
    }
    if (issues.length) throw Object.assign(new Error(issueLines(issues, {}, wordsFor('en')).join('\n')), { issues });
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
      freeQuietly(this._chart);
      this._chart = null;
    }
    // Its tooltip goes with it: said once, and not again at the next draw.
    if (this._tipKey !== null) {
      this._tipKey = null;
      this._pointer?.forget();
      this._emit('rating-chart:hover', null);
    }
  }

  /** Runs `fn` (a call into wasm); a trap shows this chart's error and
   *  recovers the others on a fresh instance instead of reaching the page. */
  _guard(fn) {
    try {
      return fn();
    } catch (e) {
      if (!isTrap(e)) throw e;
      this._chart = null;
      this._teardown();
      const lang = this._locale || this._lang();
      this._showError(lang, [{ key: 'internal' }, String(e.message)]);
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

  /** The page's language where the chart is. */
  _lang() {
    return this.closest('[lang]')?.lang || document.documentElement.lang;
  }

  /** The language to word the problems of data whose own locale cannot
   *  be read (it is not JSON, or too big to read): the element's `locale`
   *  attribute, else the page's language where the chart is, else the
   *  format's default, vi-VN. Messages are written in Vietnamese and
   *  English: any other language reads them in English, as for data in
   *  that locale. */
  _unknownDataLang() {
    const tag = this.getAttribute('locale')?.trim() || this._lang() || 'vi-VN';
    return languageOf(tag) === 'vi' ? 'vi' : 'en';
  }

  /** The chart's JSON: given by setData, inline, or fetched from `src`. */
  async _readData() {
    const inline = inlineScript(this);
    // Read once: a big document's text is copied at every read.
    this._inlineRead = inline ? inline.textContent : null;
    // Data given by setData wins until the page changes the chart's own.
    if (this._given !== undefined) return this._given;
    if (inline) return inlineText(inline, this._inlineRead, this._lang());
    return fetchText(this.getAttribute('src'), this._lang());
  }

  _withAttributes(json) {
    return withAttributes(json, this.getAttribute('kind'), this.getAttribute('locale'));
  }

  /** Loads the module that draws this chart: the kinds module when its
   *  data `json` (attributes applied) needs it (data.js's needsKinds), or,
   *  with no data at hand yet (null: a `src` still to fetch), when its
   *  `kind` attribute names a kind only that module draws; else the
   *  reader's module. */
  _load(json) {
    const kind = this.getAttribute('kind');
    const kinds = json === null ? kind !== null && kindsOf({ display: { kind } }) : needsKinds(json);
    return kinds ? loadKinds() : loadReader();
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
      // The module loads while the data is read (a src fetch overlaps it):
      // the one the data's kind needs, known before loading when the data
      // is given or inline, else when the `kind` attribute says it.
      const fetched = this._given === undefined && !inlineScript(this);
      let module = fetched ? this._load(null) : null;
      json = this._withAttributes(await this._readData());
      module ??= this._load(json);
      const mod = await module.catch((e) => {
        // Blocked by a Content-Security-Policy, a CDN without CORS, offline:
        // say where the code was to come from, not "internal error". In the
        // language of the chart shown so far (its placeholder's), else the page's.
        const lang = this._frame.lang || this._lang();
        throw Object.assign(new DataError(lang, 'loadFailed', { url: packageUrl().href, why: String(e && e.message) }), { moduleFailed: true });
      });
      if (generation !== this._generation) return;
      // A big document is validated in one task and laid out and drawn in
      // the next, so that the page can answer the reader in between.
      try {
        let prepared = null;
        if (json.length > BIG_JSON && typeof mod.prepare === 'function') {
          const before = currentInstance();
          prepared = mod.prepare(json);
          await new Promise((ok) => setTimeout(ok, 0));
          if (generation !== this._generation || currentInstance() !== before) {
            // Gone, redrawn, or another chart trapped meanwhile (a fresh
            // instance is loading: start again on it).
            if (currentInstance() === before) freeQuietly(prepared);
            else if (generation === this._generation) this._render();
            return;
          }
        }
        this._draw(mod, json, prepared);
      } catch (e) {
        if (!e?.fullModule) throw e;
        // Valid data of a kind the reader's module leaves out (donut,
        // waffle, trend…) or with a story, that the host did not foresee
        // (a `src` without a `kind` attribute, a big document): the kinds
        // module draws it.
        const kinds = await loadKinds();
        if (generation !== this._generation) return;
        this._draw(kinds, json);
      }
    } catch (e) {
      if (generation !== this._generation) return;
      if (isTrap(e)) {
        this._locale = null;
        this._guard(() => {
          throw e;
        });
        return;
      }
      this._teardown();
      // The reader's module lists the data's problems without words: the
      // full module words them (loaded now, only for an error box).
      if (e instanceof Error && Array.isArray(e.issues) && json !== null) {
        if (localeUnknown(e.issues)) e.lang = this._unknownDataLang();
        e.issues = await wordedIssues(e.issues, json, e.lang);
        if (generation !== this._generation) return;
      }
      await this._failed(e);
    }
  }

  /** Shows why the chart cannot be drawn: the host's own problem in its
   *  words, the data's problems as the module lists them (in the language
   *  it says, `e.lang`), anything else as an internal error. The event
   *  follows the box (its words may have to load first). */
  async _failed(e) {
    let message = String(e && e.message);
    // The module could not load (blocked, offline): a static copy, if
    // shown, stays — it is the chart, drawn from the same data. (Its words
    // are the host's own: no other file need load to say it.)
    if (e instanceof DataError && e.moduleFailed && this._frame.querySelector('slot.static')) {
      this._emit('rating-chart:error', { message: say(e.problem, wordsFor(e.lang)) });
      return;
    }
    let said;
    if (e instanceof DataError) {
      said = await this._showError(e.lang, [e.problem]);
      message = said?.[0];
    } else if (e instanceof Error && Array.isArray(e.issues)) {
      const attributes = { kind: this.getAttribute('kind'), locale: this.getAttribute('locale') };
      said = await this._showError(e.lang, (w) => issueLines(e.issues, attributes, w));
    } else if (e instanceof Error && e.name === 'Error') {
      // A refusal of the module's with no data problem to list.
      said = await this._showError(e.lang || this._lang(), [message]);
    } else {
      said = await this._showError(this._lang(), [{ key: 'internal' }, message]);
    }
    // Drawn again meanwhile: this error is no longer the chart's.
    if (said) this._emit('rating-chart:error', { message });
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  _draw(mod, json, prepared = null) {
    stopWarming();
    const stage = el('div', 'stage');
    const sticky = el('div', 'sticky');
    const spacer = el('div', 'spacer');
    const canvas = el('canvas', 'chart');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('dir', 'ltr');
    canvas.tabIndex = 0;
    canvas.setAttribute('aria-describedby', 'summary keys');
    const tipNode = el('div', 'tooltip');
    // No overlay canvas: the chart paints its highlights itself, only
    // where they change (a second canvas costs the browser a copy of its
    // pixels at every frame that changes anything on the page).
    sticky.append(canvas, tipNode);
    stage.append(sticky, spacer);
    // Laid out and drawn once, at the size and in the theme it will have
    // (the _fit and _applyTheme below then have nothing to redo).
    const width = this._width();
    const height = reservedHeight(this.getAttribute('heights'), this.getAttribute('height'), width);
    const dark = isDark(this);
    const options = {
      width,
      height: height > 0 ? height : undefined,
      ratio: window.devicePixelRatio || 1,
      theme: dark ? 'dark' : 'light',
    };
    const chart = prepared
      ? mod.RatingChart.fromPrepared(canvas, prepared, undefined, options)
      : new mod.RatingChart(canvas, json, undefined, options);
    // Owned from here: freed by _teardown whatever happens next.
    this._chart = chart;
    // Its words (summary, table, announcements) are in the data's language:
    // a screen reader reads them with that voice, whatever the page's.
    this._locale = chart.locale;
    this._frame.lang = languageOf(chart.locale);
    const w = (this._words = wordsFor(chart.locale));
    const summary = el('p', 'sr-only');
    summary.id = 'summary';
    const keys = el('p', 'sr-only', w.keys);
    keys.id = 'keys';
    const live = el('div', 'sr-only');
    live.setAttribute('aria-live', 'polite');
    const toggle = tableToggle(w);
    const tools = el('div', 'tools');
    tools.append(downloadButtons(w), toggle);
    // Visually hidden until the toggle shows it (see tableToggle).
    const tableWrap = el('div', 'scroll sr-only');
    this._frame.replaceChildren(stage, summary, keys, live, tools, tableWrap);

    this._mod = mod;
    this._json = json;
    const tip = new Tooltip(tipNode, stage, () => this._chart.viewportTop);
    this._parts = { stage, sticky, spacer, canvas, tip, live, tools, toggle, tableWrap };
    canvas.setAttribute('aria-label', chart.title || w.chart);
    this._header = describe(chart, summary, tableWrap, w, {
      current: () => this._chart === chart,
      guard: (fn) => this._guard(fn),
    });

    this._wireEvents();
    this._applyTheme(dark);
    this._size = { width: 0, ratio: 0 };
    // The width it was drawn at: reading it again here would force a
    // layout of everything just added (the ResizeObserver reports changes).
    this._fit(width, true);
    const observer = new ResizeObserver(() => this._guard(() => this._fit()));
    // The frame, not the element: see _width.
    observer.observe(this._frame);
    this._cleanup.push(() => observer.disconnect());
    this._emit('rating-chart:render', null);
  }

  _wireEvents() {
    const { stage, canvas, tools, toggle, tableWrap } = this._parts;
    let scrollFrame = 0;
    this._listen(stage, 'scroll', () => {
      if (scrollFrame) return;
      scrollFrame = requestAnimationFrame(() => this._guard(() => {
        scrollFrame = 0;
        if (!this._chart || !stage.classList.contains('scrolls')) return;
        this._chart.setViewport(stage.scrollTop);
        if (this._tipKey && this._root.activeElement === canvas) {
          this._parts.tip.place();
        } else {
          // What was under the pointer has moved: no hover until it moves.
          this._chart.pointerLeave();
          this._hover(null);
        }
      }));
    });
    this._cleanup.push(() => cancelAnimationFrame(scrollFrame));
    this._pointer = wirePointer(canvas, {
      listen: (target, type, handler) => this._listen(target, type, handler),
      chart: () => this._chart,
      hover: (info, point) => this._hover(info, point),
      toggleTier: (tier) => this._toggleTier(tier),
    });
    this._listen(canvas, 'keydown', (e) => this._key(e));
    // A 2D canvas can lose its pixels (memory pressure, a GPU reset): the
    // browser gives the context back empty, and the chart paints itself again.
    this._listen(canvas, 'contextrestored', () => this._chart.redraw());
    this._listen(canvas, 'blur', () => {
      this._chart.clearFocus();
      this._hover(null);
    });
    for (const b of tools.querySelectorAll('[data-download]')) {
      // A download that cannot be made (the full module could not load for
      // an SVG) leaves the chart as it is.
      this._listen(b, 'click', () => this.download(b.dataset.download).catch(() => {}));
    }
    this._listen(toggle, 'click', () => toggleTable(toggle, tableWrap, this._words));
    for (const query of ['(prefers-color-scheme: dark)', '(forced-colors: active)']) {
      this._listen(matchMedia(query), 'change', () => this._applyTheme());
    }
  }

  /** Downloads the chart as `png` (drawn at 2×), `svg` or `csv`; resolves
   *  when the file is handed to the browser. */
  download(format) {
    if (!this._chart) return Promise.resolve();
    const theme = this._frame.classList.contains('dark') ? 'dark' : 'light';
    const [chart, mod, json] = [this._chart, this._mod, this._json];
    return downloads().then((m) => m.download(chart, format, { mod, json, theme, loadFull: loadModule }));
  }

  _key(e) {
    const chart = this._chart;
    const move = moveFor(e);
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
    stage.scrollTop = revealTop(info, stage.scrollTop, this._chart.viewHeight, this._chart.height);
    this._chart.setViewport(stage.scrollTop);
  }

  _toggleTier(tier) {
    const on = this._chart.toggleTier(tier);
    const label = this._header[tier < 0 ? this._header.length - 1 : tier];
    this._announce(on ? fill(this._words.emphasised, { tier: label }) : this._words.cleared);
  }

  _announce(text) {
    if (text) this._parts.live.textContent = text;
  }

  /** Shows the tooltip for `info` (or hides it; see Tooltip.show for
   *  `point`) and says so with a hover event when the datum changes. */
  _hover(info, point) {
    // A page's hover listener may have removed or redrawn the chart.
    if (!this._chart || !this._parts) return;
    const { tip } = this._parts;
    const key = datumKey(info);
    if (key !== this._tipKey) {
      this._emit('rating-chart:hover', info);
      if (!this._chart) return; // its listener took the chart away
    }
    this._pointer?.forget();
    this._tipKey = key;
    if (info) tip.show(info, point);
    else tip.hide();
  }

  /** Light or dark (see theme.js's isDark); forced colours win. */
  _applyTheme(dark = isDark(this)) {
    if (this._chart) applyTheme(this._chart, this._frame, dark);
  }

  /** The width the chart has to fill (CSS px): that of the frame, the
   *  block at the top of the shadow tree. A page's CSS decides the
   *  element's own box (`all: unset` makes it inline, and an inline box
   *  has no width), but a block inside it is always as wide as the
   *  column the element stands in, less the element's own padding. */
  _width() {
    return this._frame.clientWidth || this.clientWidth || DEFAULT_WIDTH_PX;
  }

  /** Lays the chart out again when the width (read from the layout
   *  unless given) or the DPR changes. `fresh`: the stage was just made,
   *  so it is scrolled to the top, and reading that from it would force a
   *  layout of everything just added, before the first frame. */
  _fit(width = this._width(), fresh = false) {
    const chart = this._chart;
    if (!chart) return;
    const ratio = window.devicePixelRatio || 1;
    if (width === this._size.width && ratio === this._size.ratio) return;
    this._size = { width, ratio };
    const { height, margin } = resizeChart(chart, this.getAttribute('heights'), this.getAttribute('height'), width, ratio);
    const { stage, sticky, spacer, canvas } = this._parts;
    // What the chart cannot fill of the height reserved for it: under its
    // tools (kept while the chart is drawn again, until it has drawn; an
    // error box drops it, see errors.js).
    this._frame.style.paddingBottom = margin ? `${margin}px` : '';
    // A tall chart shows a band of itself and scrolls (the wasm side decides).
    const view = chart.viewHeight < height ? chart.viewHeight : null;
    stage.classList.toggle('scrolls', view !== null);
    stage.style.height = sticky.style.height = view ? `${view}px` : '';
    spacer.style.height = view ? `${height - view}px` : '0px';
    if (view && !fresh) chart.setViewport(stage.scrollTop);
    canvas.style.width = `${chart.width}px`;
    canvas.style.height = `${view ?? height}px`;
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

  /** Shows an error box in `lang` listing `lines` (problems and texts,
   *  see errors.js's say, or a function of the words that gives the
   *  texts), once its words are loaded. Resolves to the texts shown, or
   *  to null when the chart was drawn again meanwhile (no box then). */
  async _showError(lang, lines) {
    const generation = this._generation;
    const w = needsErrorWords(lines, lang) ? await errorWordsFor(lang) : wordsFor(lang);
    if (generation !== this._generation) return null;
    const said = typeof lines === 'function' ? lines(w) : lines.map((line) => say(line, w));
    showError(this._frame, lang, said);
    return said;
  }
}
