// The chart's shadow-root style sheet, made once and shared by every chart.
import { TOOLS_PX } from './constants.js';

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
/** The style sheet every chart's shadow root adopts. */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
