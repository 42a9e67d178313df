// The chart's text alternative: its description and its data table (every
// number from the same formatter as the chart), hidden until the reader
// asks for it with the tools row's toggle.
import { el } from './dom.js';

/** Data above this many are tabled row by row after the chart is on screen. */
const ROWS_AT_ONCE = 1000;
/** Rows added per idle moment for a big chart. */
const ROWS_PER_STEP = 400;

/** The data table without its rows: caption and header. */
function emptyTable(head, title, w) {
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
  const thead = el('thead');
  const hr = el('tr');
  // Shares-only data has no counts: no total column, shares alone.
  for (const h of [w.group, ...(head.sharesOnly ? [] : [w.total]), ...head.header]) {
    const th = el('th', null, h);
    th.dir = 'auto'; // a tier named in Arabic or Hebrew reads right to left
    th.scope = 'col';
    hr.append(th);
  }
  thead.append(hr);
  table.append(thead, el('tbody'));
  return table;
}

function tableRow(row, sharesOnly) {
  const tr = el('tr');
  const th = el('th', null, row.group);
  th.dir = 'auto';
  th.scope = 'row';
  tr.append(th);
  if (!sharesOnly) tr.append(el('td', null, row.total));
  for (const [count, share] of row.cells) {
    const text = sharesOnly ? share : count && share ? `${count} (${share})` : count || share;
    tr.append(el('td', null, text));
  }
  return tr;
}

/** Writes the chart's text description in `summary` and its data table in
 *  `wrap`: the table (caption and header) at once, its rows too for a
 *  small chart; for a big one the rows follow after the chart is on
 *  screen, a few hundred per idle moment, so that neither the first chart
 *  nor any frame waits for thousands of rows. `current()` says whether the
 *  chart is still the one shown; `guard(fn)` runs a call into wasm.
 *  Returns the tiers' labels (the table's header). */
export function describe(chart, summary, wrap, w, { current, guard }) {
  // Not the title again: it is the canvas's name.
  summary.textContent = chart.description();
  const head = chart.table(0, 0);
  const sharesOnly = Boolean(head.sharesOnly);
  const table = emptyTable(head, chart.title, w);
  wrap.append(table);
  const body = table.tBodies[0];
  if (chart.datumCount <= ROWS_AT_ONCE) {
    for (const row of chart.table().rows) body.append(tableRow(row, sharesOnly));
    return head.header;
  }
  const idle = (fn) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 16);
  let done = 0;
  const step = () => {
    if (!current()) return; // redrawn or removed meanwhile
    guard(() => {
      const rows = chart.table(done, done + ROWS_PER_STEP).rows;
      for (const row of rows) body.append(tableRow(row, sharesOnly));
      done += ROWS_PER_STEP;
      if (rows.length === ROWS_PER_STEP) idle(step);
    });
  };
  idle(step);
  return head.header;
}

/** The button that shows and hides the table in `wrap`. The wrapper does
 *  the hiding (1 px, clipped, overflow hidden): a table never shrinks
 *  below its content, so hiding the table itself would still widen the
 *  page on narrow screens. */
export function tableToggle(w) {
  const toggle = el('button', null, w.showData);
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'data');
  return toggle;
}

/** Shows the table in `wrap` if hidden, else hides it; `toggle` says which. */
export function toggleTable(toggle, wrap, w) {
  const table = wrap.querySelector('table');
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  // The wrapper does the hiding; the table's own class says the same.
  wrap.classList.toggle('sr-only', !open);
  table.classList.toggle('sr-only', !open);
  // Shown, a wide table scrolls sideways: the keyboard can scroll it.
  if (open) {
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', table.caption?.textContent || w.showData);
  } else {
    wrap.removeAttribute('tabindex');
    wrap.removeAttribute('role');
    wrap.removeAttribute('aria-label');
  }
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = open ? w.hideData : w.showData;
}
