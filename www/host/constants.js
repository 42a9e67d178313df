// Generated from the Rust core (src/host.rs) by tests/host_constants.rs.
// Do not edit: change the Rust and run `make generated`
// (UPDATE_GENERATED=1 cargo test --test host_constants).

/** Below this width (CSS px) the layout is the phone one. */
export const NARROW_PX = 480;
/** Height (CSS px) of the row of reader tools under the chart. */
export const TOOLS_PX = 28;
/** A chart taller than this (CSS px) shows a band of it and scrolls. */
export const SCROLL_ABOVE_PX = 2400;
/** Height (CSS px) of that band. */
export const VIEW_PX = 720;
/** Narrowest width (CSS px) the layout draws at. */
export const MIN_WIDTH_PX = 240;
/** Widest width (CSS px) the layout draws at. */
export const MAX_WIDTH_PX = 4096;
/** Width (CSS px) when the page gives none. */
export const DEFAULT_WIDTH_PX = 640;
/** Blank paper (CSS px) a reserved height may leave before the chart takes its natural height. */
export const BLANK_SLACK_PX = 48;
/** The kinds `display.kind` accepts, 'auto' first. */
export const KINDS = Object.freeze(['auto', 'stacked', 'diverging', 'grouped', 'donut', 'waffle', 'trend', 'multiples', 'table']);
