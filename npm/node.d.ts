// Types of `rating-chart/node`: the full wasm module in Node.
import type { ChartKind, RatingDataInput } from './index.js';
import type { RatingDataIssue } from './pkg/rating_chart.js';

export type { RatingDataIssue, RatingDataError } from './pkg/rating_chart.js';

export interface RenderSvgOptions {
  /** CSS px, 240 to 4096 (default 640), as `--width`. */
  width?: number;
  /** CSS px, 1 to 10,000: at least the content's height, as `--height`. */
  height?: number;
  /** A chart kind, as `--kind`. */
  kind?: ChartKind;
  /** The language of a thrown error's messages, as `--lang`. */
  lang?: 'vi' | 'en';
}

/** The SVG document `rating-chart render INPUT -o OUT.svg` writes for the
 *  same data and options, byte for byte. Throws a `RatingDataError`
 *  (`issues`, `lang`) for invalid data, an `Error` for unusable options. */
export function renderSvg(json: RatingDataInput, options?: RenderSvgOptions): string;

/** Every issue of the data (errors and warnings), as `rating-chart check`
 *  prints them; messages in `lang`, else in the data's language. */
export function validate(json: RatingDataInput, lang?: 'vi' | 'en'): RatingDataIssue[];

export interface EmbedCodeOptions {
  /** CSS px, multiples of 20 from 240 to 1280; default [320, 480, 640]. */
  widths?: number[];
  /** `false` leaves the pre-drawn SVG out. */
  svg?: boolean;
  /** `false` leaves out the copies' own `<style>` (`--no-style`: a page
   *  that refuses inline styles links rating-chart.css instead). */
  style?: boolean;
  theme?: 'light' | 'dark';
}

/** The embed code `rating-chart embed` prints (the element, its data
 *  inline, the chart pre-drawn as SVG), byte for byte. `json` is written
 *  inline as given. */
export function embedCode(json: string, options?: EmbedCodeOptions): string;
