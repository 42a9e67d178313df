// Generated from the Rust core; do not edit.
// Layout constants the host, the editor and the gallery share with the core.

/** Below this width (CSS px) a chart uses its narrow layout. */
export const NARROW_PX = 480;
/** Height of the row of reader tools under the canvas (downloads, table). */
export const TOOLS_PX = 28;
/** Charts taller than this scroll inside a band of VIEW_PX. */
export const SCROLL_ABOVE_PX = 2400;
/** Height of the band a tall chart scrolls in. */
export const VIEW_PX = 720;
/** The narrowest width a chart is laid out at. */
export const MIN_WIDTH_PX = 240;
/** The widest width a chart is laid out at. */
export const MAX_WIDTH_PX = 4096;
/** The width a chart is laid out at when its element has none yet. */
export const DEFAULT_WIDTH_PX = 640;
/** Blank paper a reserved height may leave under a chart that cannot fill
 *  it before the chart takes its natural height instead. */
export const BLANK_SLACK_PX = 48;
/** The chart kinds `display.kind` (and the `kind` attribute) accept. */
export const KINDS = ['auto', 'stacked', 'diverging', 'grouped', 'donut', 'waffle', 'trend', 'multiples', 'table'];
