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
export const MIN_WIDTH_PX = 160;
/** Widest width (CSS px) the layout draws at. */
export const MAX_WIDTH_PX = 4096;
/** Width (CSS px) when the page gives none. */
export const DEFAULT_WIDTH_PX = 640;
/** Blank paper (CSS px) a reserved height may leave before the chart takes its natural height. */
export const BLANK_SLACK_PX = 48;
/** Or that share of the reserved height, when more. */
export const BLANK_SLACK_SHARE = 0.2;
/** Largest document (bytes) a chart reads (model::limits::MAX_DOCUMENT_BYTES): a src is read no further. */
export const MAX_DOCUMENT_BYTES = 5242880;
/** The charts' font-family list (layout::FONT_FAMILY), after the data's own font. */
export const FONT_FAMILY = "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
/** The kinds `display.kind` accepts, 'auto' first. */
export const KINDS = Object.freeze(['auto', 'stacked', 'diverging', 'grouped', 'donut', 'waffle', 'trend', 'multiples', 'table']);
/** What the placeholder's height estimate (size.js's estimateHeight) adds up
 *  before the module has loaded: sizes (CSS px) of the narrow and the wide
 *  layout, each from the Rust layout constant named. */
export const ESTIMATE = Object.freeze({
  /** Average advance of a character, in em (host::CHAR_EM: layout::text::LETTER_EM). */
  charEm: 0.55,
  /** Height with no data to estimate from (host::FALLBACK_PX). */
  fallback: 320,
  /** Most groups a chart has (model::limits::MAX_GROUPS). */
  maxGroups: 10000,
  /** Length of a shares-only chart's note (host::shares_note_chars: the shortest Words::shares_only). */
  sharesNote: 49,
  narrow: Object.freeze({
    /** Padding on every side (layout::builder::PAD_PX). */
    pad: 12,
    /** Title size (layout::chrome::TITLE_PX). */
    titlePx: 17,
    /** Title line height (layout::builder::line_height of TITLE_PX, bold). */
    titleLine: 22,
    /** Space under the title (layout::chrome::TITLE_GAP_PX). */
    titleGap: 2,
    /** Subtitle size (layout::chrome::SUBTITLE_PX). */
    subtitlePx: 14,
    /** Subtitle line height (line_height of SUBTITLE_PX). */
    subtitleLine: 18,
    /** Space under the header (layout::chrome::HEADER_GAP_PX). */
    headerGap: 10,
    /** Legend label size (layout::chrome::LEGEND_PX). */
    legendPx: 13,
    /** Legend line height (line_height of LEGEND_PX). */
    legendLine: 17,
    /** A swatch and the space after it (layout::chrome::SWATCH_PX + SWATCH_GAP_PX). */
    legendSwatch: 18,
    /** Space between legend entries (layout::chrome::LEGEND_ENTRY_GAP_PX). */
    legendGap: 16,
    /** Space between legend rows (layout::chrome::LEGEND_ROW_GAP_PX). */
    legendRowGap: 4,
    /** Space under the legend (layout::chrome::LEGEND_AFTER_PX). */
    legendAfter: 14,
    /** One group: a bar with its label and the space under it (host::group_row: layout::stacked::BAR_PX, BAR_GAP_PX, layout::chrome::GROUP_LABEL_PX, TOTAL_PX, LABEL_GAP_PX). */
    groupRow: 55,
    /** The same with no total, as shares-only data shows (host::group_row). */
    sharesRow: 55,
    /** Space between the plot and the footer (layout::chrome::FOOTER_GAP_PX). */
    footerGap: 2,
    /** Notes and source size (layout::chrome::NOTE_PX). */
    notePx: 12,
    /** Their line height (line_height of NOTE_PX). */
    noteLine: 16,
    /** Space under the notes (layout::chrome::NOTE_GAP_PX). */
    noteGap: 4,
  }),
  wide: Object.freeze({
    /** Padding on every side (layout::builder::PAD_PX). */
    pad: 16,
    /** Title size (layout::chrome::TITLE_PX). */
    titlePx: 20,
    /** Title line height (layout::builder::line_height of TITLE_PX, bold). */
    titleLine: 26,
    /** Space under the title (layout::chrome::TITLE_GAP_PX). */
    titleGap: 2,
    /** Subtitle size (layout::chrome::SUBTITLE_PX). */
    subtitlePx: 14,
    /** Subtitle line height (line_height of SUBTITLE_PX). */
    subtitleLine: 18,
    /** Space under the header (layout::chrome::HEADER_GAP_PX). */
    headerGap: 10,
    /** Legend label size (layout::chrome::LEGEND_PX). */
    legendPx: 13,
    /** Legend line height (line_height of LEGEND_PX). */
    legendLine: 17,
    /** A swatch and the space after it (layout::chrome::SWATCH_PX + SWATCH_GAP_PX). */
    legendSwatch: 18,
    /** Space between legend entries (layout::chrome::LEGEND_ENTRY_GAP_PX). */
    legendGap: 16,
    /** Space between legend rows (layout::chrome::LEGEND_ROW_GAP_PX). */
    legendRowGap: 4,
    /** Space under the legend (layout::chrome::LEGEND_AFTER_PX). */
    legendAfter: 14,
    /** One group: a bar with its label and the space under it (host::group_row: layout::stacked::BAR_PX, BAR_GAP_PX, layout::chrome::GROUP_LABEL_PX, TOTAL_PX, LABEL_GAP_PX). */
    groupRow: 48,
    /** The same with no total, as shares-only data shows (host::group_row). */
    sharesRow: 42,
    /** Space between the plot and the footer (layout::chrome::FOOTER_GAP_PX). */
    footerGap: 2,
    /** Notes and source size (layout::chrome::NOTE_PX). */
    notePx: 12,
    /** Their line height (line_height of NOTE_PX). */
    noteLine: 16,
    /** Space under the notes (layout::chrome::NOTE_GAP_PX). */
    noteGap: 4,
  }),
});
