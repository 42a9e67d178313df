// Types of `rating-chart` (the low-level API). The wasm module's own types
// (RatingChart, validate, prepare, embedCode, renderSvg) come from its
// wasm-bindgen declarations, shipped beside it.
import type * as Wasm from './pkg/rating_chart.js';

export type { RatingChart, Prepared, RatingDataIssue, RatingDataError } from './pkg/rating_chart.js';

/** The full wasm module: the README's JavaScript API. */
export type RatingChartModule = typeof Wasm;

export type {
  RatingData, ChartKind, DisplayInput, GroupInput, PeriodInput, Polarity, SourceInput, ThemeInput, ThemeMode,
  TierInput, ValueMode,
} from './rating-data.js';
import type { RatingData } from './rating-data.js';

/** Rating data: JSON text, or the parsed document (format v1, described by
 *  `rating-chart/rating-data.schema.json` and the `RatingData` type). */
export type RatingDataInput = string | RatingData;

/** One datum as the chart describes it (`chart.datumInfo`, the
 *  `rating-chart:hover` event's detail); coordinates in CSS px. */
export interface RatingChartDatum {
  /** Group index. */
  group: number;
  /** Tier index, or -1 for "not reported". */
  tier: number;
  /** The group's label as given (without its period). */
  groupLabel: string;
  /** The group's period, if any. */
  period: string | null;
  /** The tier's label, or the locale's "not reported". */
  tierLabel: string;
  /** The formatted count; `null` for shares-only data. */
  count: string | null;
  /** The formatted share (`75,7 %`). */
  share: string;
  /** The colour that stands for the datum (`#rrggbb`). */
  color: string;
  /** One line: group · tier · count · share. */
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** A point well inside the mark. */
  cx: number;
  cy: number;
  /** Whether the mark is drawn as that one rectangle. */
  rect: boolean;
}

/** Loads and instantiates the full wasm module once per page (the
 *  element loads the smaller reader's module for its charts). */
export function loadModule(): Promise<RatingChartModule>;

/** Bytes of wasm memory in use by the page's charts (0 before any loads). */
export function wasmMemoryBytes(): number;

/** The height (CSS px) a `<rating-chart>` reserves at `width`, from its
 *  `heights` and `height` attributes; NaN when neither is usable. */
export function reservedHeight(heights: string | null, height: string | null, width: number): number;
