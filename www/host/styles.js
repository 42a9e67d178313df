// The chart's shadow-root style sheet, made once and shared by every chart.
import { TOOLS_PX } from './constants.js';

// Notes on the rules (kept out of the style sheet's text, which every
// reader downloads):
// - The host element is the page's: its own styles here lose to any page
//   rule that names it, so nothing relies on them (the chart's width is
//   read from .frame, a block inside it).
// - .frame, the top of the shadow tree, resets every inherited property the
//   page set on the element (fonts, text-transform, white-space, colour,
//   cursor, text-indent, text-align, direction…), so that no part below
//   inherits it. Three are kept: the reader's text spacing (WCAG 1.4.12: a
//   reader's style sheet or bookmarklet sets it on every element, the
//   element included), letter- and word-spacing, passes on to the HTML
//   parts, which wrap to take it (line-height is 1.5 already in every
//   part); visibility is the page's to decide (a hidden accordion hides its
//   charts). A text decoration is not inherited but drawn through every
//   block inside the decorated one, whatever their own: .frame is an
//   inline block (as wide as the element, at the top of its line), which
//   no ancestor's underline or line-through crosses.
// - The canvas keeps no spacing: Chromium's canvas resolves its font against
//   the canvas element's style, letter- and word-spacing included, so text
//   measured before a reader's spacing arrived would be drawn spread after
//   it. Kept from it, what is drawn is what was measured (the data table
//   carries the same words for readers who need the spacing).
// - The chart's focus ring is inset: a chart as wide as a phone's screen
//   keeps its whole ring in view.
// - A hidden tooltip keeps its box (visibility, not display): showing it
//   again lays out its new text only, not the whole tooltip afresh.
// - The tools row is at least the row the chart's reserved height counts
//   (TOOLS_PX); it wraps, inside the card, when a narrow column or the
//   reader's text spacing asks for more.
// - A fixed look (the data's theme sets paper, ink, muted or mode): every
//   part takes the chart's own colours, whatever the reader prefers.
const CSS = `
:host { display: block; position: relative; max-width: 100%; }
:host([hidden]) { display: none; }
.frame { all: initial; display: inline-block; width: 100%; vertical-align: top; position: relative; visibility: inherit;
  direction: ltr; unicode-bidi: isolate; text-align: left;
  letter-spacing: inherit; word-spacing: inherit;
  font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1a1a1a; }
.stage { position: relative; }
.stage.scrolls { overflow-y: auto; overscroll-behavior: contain; }
.sticky { position: relative; }
.stage.scrolls .sticky { position: sticky; top: 0; }
canvas { display: block; border: 0; padding: 0; margin: 0; letter-spacing: normal; word-spacing: 0; }
canvas.chart:focus { outline: none; }
canvas.chart:focus-visible { outline: 2px solid #1a73e8; outline-offset: -2px; }
.tooltip { position: absolute; left: 0; top: 0; z-index: 1; box-sizing: border-box;
  will-change: transform; contain: layout paint;
  max-width: min(280px, 90vw); padding: 6px 9px; border-radius: 4px; pointer-events: none;
  background: #1a1a1a; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25); overflow-wrap: anywhere;
  font: 13px/1.5 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
.tooltip[hidden] { display: block; visibility: hidden; }
.tooltip .g { font-weight: bold; }
.tooltip .t::before { content: ''; display: inline-block; width: 10px; height: 10px;
  margin-right: 6px; vertical-align: -1px; background: var(--swatch); border: 1px solid #fff;
  forced-color-adjust: none; }
.tools { display: flex; flex-wrap: wrap; justify-content: flex-end; align-items: center;
  column-gap: 8px; box-sizing: border-box; min-height: ${TOOLS_PX}px; padding: 0 8px 1px; }
.tools .dl { display: inline-flex; flex-wrap: wrap; justify-content: flex-end; align-items: center; min-width: 0; }
.tools button { font: 13px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  letter-spacing: inherit; word-spacing: inherit; text-transform: none; text-align: center;
  color: #0b57d0; background: none; border: 0; margin: 0; padding: 3px 4px; cursor: pointer;
  text-decoration: underline; min-width: 0; overflow-wrap: anywhere; }
.tools button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
table.data { border-collapse: collapse; margin: 0 8px 10px; font: 13px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
table.data caption { text-align: left; font-weight: bold; padding: 4px 0; }
table.data caption span { display: inline-block; position: sticky; left: 8px; max-width: calc(100cqi - 16px); }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: right; }
table.data th[scope=row], table.data thead th:first-child { text-align: left; }
.scroll { overflow-x: auto; container-type: inline-size; }
.error { box-sizing: border-box; margin: 0; padding: 12px 14px; border: 1px solid #b3261e;
  border-left-width: 4px; border-radius: 4px; background: #fdecea; color: #410e0b; overflow-wrap: anywhere;
  font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.error strong { display: block; margin-bottom: 4px; }
.error ul { margin: 0; padding-left: 20px; list-style: disc outside; }
.placeholder { box-sizing: border-box; padding: 16px; overflow: hidden;
  font: bold 20px/1.25 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
.tools .sep { color: #767676; padding: 0 2px; font-size: 13px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.frame.dark { color: #f0f0f0; background: #121212; color-scheme: dark; }
.frame.dark .tooltip { background: #f0f0f0; color: #121212; }
.frame.dark .tools button { color: #8ab4f8; }
.frame.dark table.data th, .frame.dark table.data td { border-color: #444; }
.frame.fixed { color: var(--rc-ink); background: var(--rc-paper); }
.frame.fixed .tooltip { background: var(--rc-ink); color: var(--rc-paper); }
.frame.fixed .tooltip .t::before { border-color: var(--rc-paper); }
.frame.fixed .tools button { color: var(--rc-ink); }
.frame.fixed .tools .sep { color: var(--rc-muted); }
.frame.fixed table.data th, .frame.fixed table.data td { border-color: var(--rc-muted); }
@media (forced-colors: active) {
  .tooltip { border: 1px solid CanvasText; }
  canvas.chart:focus-visible { outline-color: Highlight; }
}
`;

let sheet = null;
/** The style sheet every chart's shadow root adopts. */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
