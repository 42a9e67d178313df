// Types of `rating-chart/element`: the <rating-chart> custom element, its
// attributes, methods and events, known to `document.createElement`,
// `querySelector` and `addEventListener` once this module is imported.
import type { ChartKind, RatingChartDatum, RatingDataInput, RatingDataIssue } from './index.js';
import type { RatingChart } from './pkg/rating_chart.js';

export type { ChartKind, RatingChartDatum, RatingDataInput } from './index.js';
export { loadModule, wasmMemoryBytes, reservedHeight } from './index.js';

/** The attributes of <rating-chart> (all optional; they override the
 *  data's own options). */
export interface RatingChartAttributes {
  /** Address of the data (http(s) or relative). Without it, the data is
   *  the element's inline `<script type="application/json">`. */
  src?: string;
  /** Height in CSS px. */
  height?: string | number;
  /** `WIDTH:HEIGHT` pairs in CSS px (`"320:409 640:302"`); wins over `height`. */
  heights?: string;
  /** A BCP 47 locale (`vi-VN`, `en-GB`, …). */
  locale?: string;
  kind?: ChartKind;
  theme?: 'light' | 'dark';
  /** When to load: `lazy` (the default: near the viewport), `eager`, or
   *  `interaction` (idle time, or the reader comes to the chart). */
  loading?: 'lazy' | 'eager' | 'interaction';
}

/** `rating-chart:error`'s detail. */
export interface RatingChartErrorDetail {
  message: string;
}

/** The element's events: bubbling and composed, so a listener on the
 *  document hears every chart's. */
export interface RatingChartEventMap {
  /** The chart has drawn (its first data, new data, a new size). */
  'rating-chart:render': CustomEvent<null>;
  /** The chart cannot draw: invalid data, an unreachable `src`, a module
   *  that failed to load. */
  'rating-chart:error': CustomEvent<RatingChartErrorDetail>;
  /** The datum under the pointer or keyboard focus changed (`null`: none). */
  'rating-chart:hover': CustomEvent<RatingChartDatum | null>;
}

/** The chart object of the reader's module (no `toSvg`: an SVG download
 *  loads the full module). */
export type ReaderChart = Omit<RatingChart, 'toSvg'>;

/** What `setData` rejects with for invalid data. */
export interface RatingChartDataError extends Error {
  issues: RatingDataIssue[];
}

/** <rating-chart>. */
export class RatingChartElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The chart object once drawn (else `null`). Change data with the
   *  element's `setData`, not the chart's. */
  readonly chart: ReaderChart | null;
  /** Replaces the data (JSON text or parsed data); resolves once drawn.
   *  Invalid data rejects with every problem listed (a
   *  `RatingChartDataError`), and the chart keeps what it shows. */
  setData(json: RatingDataInput): Promise<void>;
  /** Hands the chart (PNG at 2×, SVG) or its data (CSV) to the browser as
   *  a download; resolves when it has. */
  download(format: 'png' | 'svg' | 'csv'): Promise<void>;
  addEventListener<K extends keyof RatingChartEventMap>(
    type: K,
    listener: (this: RatingChartElement, ev: RatingChartEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RatingChartElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RatingChartEventMap>(
    type: K,
    listener: (this: RatingChartElement, ev: RatingChartEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RatingChartElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'rating-chart': RatingChartElement;
  }
  // The events bubble out of the element (composed: out of shadow roots too).
  interface HTMLElementEventMap extends RatingChartEventMap {}
  interface DocumentEventMap extends RatingChartEventMap {}
  interface WindowEventMap extends RatingChartEventMap {}
}
