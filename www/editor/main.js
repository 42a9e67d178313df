// The editor page (www/editor.html): paste a table, map it to rating data,
// check it, preview it with the real widget and copy an embed code.
//
// Everything runs in this browser. Nothing from the data is ever parsed as
// HTML: elements are created with createElement and filled with textContent.

import { loadModule } from '../rating-chart.js';
import * as M from './model.js';
import { closePairs, hexToRgb, rgbToHex, parseCss } from './color.js';
import * as S from './snippets.js';
import { translate, pickLanguage, LANGUAGES } from './i18n.js';
import { SCROLL_ABOVE_PX } from '../host/constants.js';
import { kindsOf } from '../host/data.js';

const DRAFT_KEY = 'rating-chart-editor/draft/v1';
const LANG_KEY = 'rating-chart-editor/lang';
const HISTORY_LIMIT = 200;
const COALESCE_MS = 1200;
const PREVIEW_WIDTHS = { phone: 390, desktop: 720 };

const $ = (id) => document.getElementById(id);

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let lang = pickLanguage(storage()?.getItem(LANG_KEY), navigator.languages || [navigator.language]);
const t = (key, params) => translate(lang, key, params);

let mod = null; // the wasm module, once loaded
let state = M.emptyState(lang === 'vi' ? 'vi-VN' : 'en-GB');
let history = [];
let future = [];
let last = { key: null, time: 0 };
let built = M.build(state);
let widgetChecks = [];
let colorChecks = [];
let effectiveColors = []; // per tier index, [r, g, b] from the preview
let gridShape = '';
let wantedSig = ''; // the preview the current draft asks for
let previewSeq = 0;
let previewTimer = 0;
let saveTimer = 0;
let importNote = null; // {key, params, severity}

// ---------------------------------------------------------------- elements

function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'className') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

// ------------------------------------------------------------------ state

function defaultScriptUrl() {
  return new URL('rating-chart.js', location.href).href;
}

function names() {
  return { label: t('col.group'), period: t('col.period'), total: t('col.total') };
}

function clone(s) {
  return JSON.parse(JSON.stringify(s));
}

/** Replaces the state and records the old one for undo. Edits with the same
 *  `key` in quick succession (typing in one field) are one undo step. */
function commit(next, { key = null } = {}) {
  const before = JSON.stringify(state);
  if (JSON.stringify(next) === before) return;
  const now = Date.now();
  if (!(key && key === last.key && now - last.time < COALESCE_MS)) {
    history.push(before);
    if (history.length > HISTORY_LIMIT) history.shift();
  }
  last = { key, time: now };
  future = [];
  state = next;
  scheduleSave();
  render();
}

function undo() {
  if (!history.length) return;
  future.push(JSON.stringify(state));
  state = JSON.parse(history.pop());
  last = { key: null, time: 0 };
  scheduleSave();
  render();
  say(t('undone'));
}

function redo() {
  if (!future.length) return;
  history.push(JSON.stringify(state));
  state = JSON.parse(future.pop());
  last = { key: null, time: 0 };
  scheduleSave();
  render();
  say(t('redone'));
}

function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 250);
}

function save() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const store = storage();
  if (!store) return;
  try {
    store.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), state }));
    showSaved(Date.now());
  } catch {
    $('saved-at').textContent = t('saveFailed');
  }
}

function showSaved(time) {
  const when = new Date(time).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  $('saved-at').textContent = t('savedAt', { time: when });
}

function restore() {
  const raw = storage()?.getItem(DRAFT_KEY);
  if (!raw) return false;
  try {
    const obj = JSON.parse(raw);
    state = M.normalizeState(obj.state, state.locale);
    if (obj.savedAt) showSaved(obj.savedAt);
    return true;
  } catch {
    return false;
  }
}

function say(text) {
  const el = $('status');
  // The same text twice is announced twice.
  el.textContent = el.textContent === text ? `${text}\u00a0` : text;
}

// ------------------------------------------------------------------ render

let tierLayout = '';

function render() {
  built = M.build(state);
  // Colour checks name columns: drop them when the tiers move, until the
  // preview has drawn the new order.
  const layout = JSON.stringify([built.colOfTier, built.data.tiers.map((x) => [x.color, x.polarity])]);
  if (layout !== tierLayout) {
    tierLayout = layout;
    colorChecks = [];
  }
  widgetChecks = validateWithWidget();
  syncFields();
  renderImportPanel();
  renderGrid();
  renderChecks();
  renderPublish();
  schedulePreview();
  $('undo').disabled = !history.length;
  $('redo').disabled = !future.length;
}

/** The widget's own validation, in the editor's language, placed where the
 *  path points. The data's locale only changes the messages' language, so
 *  everything but the locale is validated with the editor's locale. */
function validateWithWidget() {
  if (!mod || !state.columns.length) return [];
  const uiLocale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  let issues;
  try {
    issues = mod.validate(JSON.stringify({ ...built.data, locale: uiLocale })).filter((i) => i.path !== 'locale');
    issues = issues.concat(mod.validate(built.json).filter((i) => i.path === 'locale'));
  } catch (e) {
    return [{ severity: 'error', code: 'widget', at: { kind: 'global' }, params: { message: String(e.message || e) } }];
  }
  const editorErrors = new Set(built.checks.filter((c) => c.severity === 'error').map((c) => M.slotKey(c.at)));
  return issues
    .map((i) => ({ severity: i.severity, code: 'widget', at: M.locate(i.path, built, state), params: { message: i.message, path: i.path, wcode: i.code } }))
    .filter((c) => !(c.severity === 'error' && editorErrors.has(M.slotKey(c.at))));
}

function allChecks() {
  return [...built.checks, ...widgetChecks, ...colorChecks];
}

/** The story's menus list the current tiers: the sort by each tier's
 *  share, the tier to highlight, the tier of the reference. */
function storyOptions() {
  const tiers = state.columns.filter((c) => c.role === 'tier').map((c) => [c.id, c.header.trim() || c.id]);
  const menus = {
    sort: [['', t('sort.data')], ['total', t('sort.total')], ['positive', t('sort.positive')],
      ...tiers.map(([id, name]) => [`tier:${id}`, t('sort.tier', { name })])],
    highlightTier: [['', t('highlightTier.none')], ...tiers],
    refTier: [['', t('refTier.auto')], ...tiers],
  };
  for (const [id, options] of Object.entries(menus)) {
    const select = $(id);
    const sig = JSON.stringify(options);
    if (select.dataset.sig === sig) continue;
    select.replaceChildren(...options.map(([value, text]) => h('option', { value, text })));
    select.dataset.sig = sig;
  }
}

function syncFields() {
  storyOptions();
  for (const el of document.querySelectorAll('[data-field]')) {
    const field = el.dataset.field;
    let v = state[field];
    if (field === 'scriptUrl' && !v) v = defaultScriptUrl();
    if (el.type === 'radio') el.checked = el.value === v;
    else if (el.type === 'checkbox') el.checked = Boolean(v);
    else if (el.value !== v) el.value = v;
  }
  const locale = $('locale');
  if (![...locale.options].some((o) => o.value === state.locale)) {
    locale.append(h('option', { value: state.locale, text: state.locale }));
    locale.value = state.locale;
  }
  $('dataUrl').placeholder = defaultDataUrl();
  // One line about the chosen kind: when to use it.
  const hint = t(`kindHint.${state.kind || 'auto'}`);
  if ($('hint-kind').textContent !== hint) $('hint-kind').textContent = hint;
}

function renderImportPanel() {
  const periods = state.rowsAre === 'periods';
  $('wrap-groupName').hidden = !periods;
  $('wrap-period').hidden = periods || built.periodCol >= 0;
  $('hasHeader').checked = state.hasHeader;
  const has = state.columns.length > 0;
  $('hasHeader').disabled = !has;
  $('transpose').disabled = !has;
  const nf = built.format;
  const note = $('numfmt-note');
  if (!has) note.textContent = '';
  else if (nf.guess.format && nf.guess.evidence) {
    const reading = readingOf(nf.guess.evidence, nf.guess.format);
    note.textContent = t(nf.chosen ? 'fmtChosen' : 'fmtAssumed', { format: t(`fmtName.${nf.guess.format}`), cell: nf.guess.evidence, reading, chosen: t(`fmtName.${nf.format}`) });
  } else {
    note.textContent = t(nf.chosen ? 'fmtChosenPlain' : 'fmtNoEvidence', { chosen: t(`fmtName.${nf.format}`) });
  }
  const msg = $('import-msg');
  msg.textContent = importNote ? t(importNote.key, importNote.params) : '';
  msg.className = `import-msg ${importNote?.severity || ''}`;
}

/** How a cell is read, unambiguously: "13 886", "8 point 3 %". */
function readingOf(cell, format) {
  const s = String(cell).trim();
  const percent = /%\s*$/.test(s);
  const { group, decimal } = format === 'vi' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
  const body = s.replace(/%\s*$/, '').trim();
  const [int, frac] = body.split(decimal);
  const digits = int.split(group).join('').replace(/[\s\u00a0\u202f]/g, '');
  const spaced = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  const text = frac !== undefined ? t('point', { int: spaced, frac }) : spaced;
  return percent ? `${text} %` : text;
}

// ------------------------------------------------------------------- grid

function roleLabel(role) {
  if (role === 'label' && state.rowsAre === 'periods') return t('role.labelPeriods');
  return t(`role.${role}`);
}

function colName(j) {
  const c = state.columns[j];
  return (c && c.header.trim()) || t('colN', { n: j + 1 });
}

function rowName(r) {
  const j = built.labelCol;
  const v = j >= 0 ? String(state.rows[r]?.[j] ?? '').trim() : '';
  return v || t('rowN', { n: r + 1 });
}

function renderGrid() {
  const has = state.columns.length > 0;
  $('grid-empty').hidden = has;
  $('grid-wrap').hidden = !has;
  $('grid-buttons').hidden = !has;
  const shape = JSON.stringify([state.columns.map((c) => c.role), state.rows.length, lang, state.rowsAre]);
  if (shape !== gridShape) {
    const focusKey = document.activeElement?.dataset?.key;
    buildGrid();
    gridShape = shape;
    if (focusKey) document.querySelector(`#grid [data-key="${CSS.escape(focusKey)}"]`)?.focus();
  }
  syncGrid();
}

function buildGrid() {
  const table = $('grid');
  const cols = state.columns;
  const head = h('tr');
  head.append(h('th', { scope: 'col', className: 'corner' }, h('span', { className: 'sr-only', text: t('rowHeader') })));
  cols.forEach((c, j) => {
    const th = h('th', { scope: 'col', className: `col role-${c.role}` });
    const role = h('select', { dataset: { key: `role:${j}` }, 'aria-label': t('roleOf', { n: j + 1 }) },
      M.ROLES.filter((r) => !(r === 'period' && state.rowsAre === 'periods' && c.role !== 'period')).map((r) => h('option', { value: r, text: roleLabel(r) })));
    const header = h('input', { type: 'text', dataset: { key: `hdr:${j}` }, className: 'hdr', 'aria-describedby': `msg-col-${j}` });
    th.append(role, header);
    if (c.role === 'tier') {
      const pol = h('select', { dataset: { key: `pol:${j}` } },
        M.POLARITIES.map((p) => h('option', { value: p, text: t(`pol.${p || 'none'}`) })));
      const swatch = h('span', { className: 'swatch', dataset: { swatch: String(j) }, 'aria-hidden': 'true' });
      const color = h('input', { type: 'text', className: 'color', dataset: { key: `color:${j}` }, spellcheck: 'false', 'aria-describedby': `msg-col-${j}` });
      const pick = h('input', { type: 'color', className: 'pick', dataset: { key: `pick:${j}` } });
      const moves = h('span', { className: 'moves' },
        h('button', { type: 'button', dataset: { act: 'left', col: String(j) }, disabled: j === 0, text: '←' }),
        h('button', { type: 'button', dataset: { act: 'right', col: String(j) }, disabled: j === cols.length - 1, text: '→' }),
        h('button', { type: 'button', dataset: { act: 'delcol', col: String(j) }, text: '×' }));
      th.append(
        h('span', { className: 'sub' }, pol),
        h('span', { className: 'sub colorrow' }, swatch, color, pick),
        moves,
      );
    } else {
      th.append(h('span', { className: 'moves' },
        h('button', { type: 'button', dataset: { act: 'left', col: String(j) }, disabled: j === 0, text: '←' }),
        h('button', { type: 'button', dataset: { act: 'right', col: String(j) }, disabled: j === cols.length - 1, text: '→' }),
        h('button', { type: 'button', dataset: { act: 'delcol', col: String(j) }, text: '×' })));
    }
    th.append(h('div', { className: 'msgs', id: `msg-col-${j}`, dataset: { slot: `col:${j}` } }));
    head.append(th);
  });
  // The story: a note per row, written on the chart.
  head.append(h('th', { scope: 'col', className: 'col notecol', text: t('noteCol') }));
  const body = h('tbody');
  state.rows.forEach((row, r) => {
    const tr = h('tr');
    tr.append(h('th', { scope: 'row', className: 'rowhead' },
      h('span', { className: 'rownum', text: String(r + 1) }),
      h('button', { type: 'button', className: 'star', dataset: { act: 'star', row: String(r) }, 'aria-pressed': 'false', text: '☆' }),
      h('button', { type: 'button', className: 'delrow', dataset: { act: 'delrow', row: String(r) }, text: '×' }),
      h('div', { className: 'msgs', id: `msg-row-${r}`, dataset: { slot: `row:${r}` } })));
    cols.forEach((c, j) => {
      const numeric = c.role === 'tier' || c.role === 'total';
      const input = h('input', {
        type: 'text',
        className: numeric ? 'num' : 'txt',
        dataset: { key: `cell:${r}:${j}` },
        inputmode: numeric ? 'decimal' : null,
        spellcheck: numeric ? 'false' : null,
        'aria-describedby': `msg-cell-${r}-${j} msg-row-${r}`,
      });
      tr.append(h('td', { className: `role-${c.role}` }, input,
        h('div', { className: 'msgs', id: `msg-cell-${r}-${j}`, dataset: { slot: `cell:${r}:${j}` } })));
    });
    tr.append(h('td', { className: 'note' },
      h('input', { type: 'text', className: 'txt', dataset: { key: `note:${r}` }, 'aria-describedby': `msg-note-${r}` }),
      h('div', { className: 'msgs', id: `msg-note-${r}`, dataset: { slot: `note:${r}` } })));
    body.append(tr);
  });
  table.replaceChildren(h('thead', {}, head), body);
}

/** Puts the state's values into the grid without rebuilding it (so the
 *  caret stays where the user types). */
function syncGrid() {
  const table = $('grid');
  for (const el of table.querySelectorAll('[data-key]')) {
    const [kind, a, b] = el.dataset.key.split(':');
    const j = Number(kind === 'cell' ? b : a);
    const c = state.columns[j];
    let v;
    switch (kind) {
      case 'note':
        v = state.rowNotes[Number(a)] ?? '';
        el.setAttribute('aria-label', t('noteOf', { name: rowName(Number(a)) }));
        el.placeholder = t('notePh');
        break;
      case 'cell':
        v = state.rows[Number(a)]?.[j] ?? '';
        el.setAttribute('aria-label', `${rowName(Number(a))} · ${colName(j)}`);
        break;
      case 'role':
        v = c.role;
        break;
      case 'hdr':
        v = c.header;
        el.setAttribute('aria-label', c.role === 'tier' ? t('tierLabelOf', { n: j + 1 }) : t('colNameOf', { n: j + 1 }));
        el.placeholder = c.role === 'tier' ? t('tierLabelPh') : '';
        break;
      case 'pol':
        v = c.polarity;
        el.setAttribute('aria-label', t('polOf', { name: colName(j) }));
        break;
      case 'color':
        v = c.color;
        el.placeholder = t('auto');
        el.setAttribute('aria-label', t('colorOf', { name: colName(j) }));
        break;
      case 'pick': {
        const tierIndex = built.colOfTier.indexOf(j);
        const rgb = parseCss(c.color) || effectiveColors[tierIndex];
        v = rgb ? rgbToHex(rgb) : '#000000';
        el.setAttribute('aria-label', t('pickOf', { name: colName(j) }));
        break;
      }
      default:
        continue;
    }
    if (el.value !== v) el.value = v;
  }
  for (const btn of table.querySelectorAll('button[data-act]')) {
    const { act, col, row } = btn.dataset;
    if (act === 'star') {
      const on = Boolean(state.stars[Number(row)]);
      btn.setAttribute('aria-pressed', String(on));
      btn.textContent = on ? '★' : '☆';
    }
    const label = act === 'delrow' ? t('delRow', { name: rowName(Number(row)) })
      : act === 'star' ? t('starOf', { name: rowName(Number(row)) })
        : t(`act.${act}`, { name: colName(Number(col)) });
    btn.setAttribute('aria-label', label);
    btn.title = label;
  }
  for (const sw of table.querySelectorAll('[data-swatch]')) {
    const j = Number(sw.dataset.swatch);
    const rgb = parseCss(state.columns[j]?.color) || effectiveColors[built.colOfTier.indexOf(j)];
    sw.style.backgroundColor = rgb ? rgbToHex(rgb) : 'transparent';
  }
}

function gridInput(e) {
  const key = e.target.dataset.key;
  if (!key) return;
  const [kind, a, b] = key.split(':');
  const next = clone(state);
  const v = e.target.value;
  switch (kind) {
    case 'note':
      next.rowNotes[Number(a)] = v;
      break;
    case 'cell':
      next.rows[Number(a)][Number(b)] = v;
      break;
    case 'hdr':
      next.columns[Number(a)].header = v;
      break;
    case 'color':
      next.columns[Number(a)].color = v;
      break;
    case 'pick':
      next.columns[Number(a)].color = v;
      break;
    case 'pol':
      next.columns[Number(a)].polarity = v;
      break;
    case 'role': {
      const j = Number(a);
      if (['label', 'total', 'period'].includes(v)) {
        next.columns.forEach((c, k) => {
          if (k !== j && c.role === v) c.role = 'ignore';
        });
      }
      next.columns[j].role = v;
      if (v === 'tier' && !next.columns[j].polarity) next.columns[j].polarity = '';
      break;
    }
    default:
      return;
  }
  commit(next, { key });
}

function gridClick(e) {
  const btn = e.target.closest('button[data-act]');
  if (!btn) return;
  const next = clone(state);
  const j = Number(btn.dataset.col);
  switch (btn.dataset.act) {
    case 'left':
    case 'right': {
      const k = btn.dataset.act === 'left' ? j - 1 : j + 1;
      if (k < 0 || k >= next.columns.length) return;
      [next.columns[j], next.columns[k]] = [next.columns[k], next.columns[j]];
      for (const row of next.rows) [row[j], row[k]] = [row[k], row[j]];
      commit(next);
      // Keep the focus on the same button of the moved column.
      document.querySelector(`#grid button[data-act="${btn.dataset.act}"][data-col="${k}"]:not([disabled])`)?.focus()
        || document.querySelector(`#grid [data-key="hdr:${k}"]`)?.focus();
      say(t('moved', { name: colName(k), n: k + 1 }));
      return;
    }
    case 'delcol': {
      const name = colName(j);
      next.columns.splice(j, 1);
      for (const row of next.rows) row.splice(j, 1);
      commit(next);
      say(t('deletedCol', { name }));
      document.querySelector(`#grid [data-key="hdr:${Math.max(0, j - 1)}"]`)?.focus();
      return;
    }
    case 'star': {
      const r = Number(btn.dataset.row);
      next.stars[r] = !next.stars[r];
      commit(next);
      say(t(next.stars[r] ? 'starred' : 'unstarred', { name: rowName(r) }));
      document.querySelector(`#grid button[data-act="star"][data-row="${r}"]`)?.focus();
      return;
    }
    case 'delrow': {
      const r = Number(btn.dataset.row);
      const name = rowName(r);
      next.rows.splice(r, 1);
      next.stars.splice(r, 1);
      next.rowNotes.splice(r, 1);
      commit(next);
      say(t('deletedRow', { name }));
      document.querySelector(`#grid [data-key="cell:${Math.max(0, Math.min(r, next.rows.length - 1))}:0"]`)?.focus();
      return;
    }
    default:
  }
}

function addRow() {
  const next = clone(state);
  next.rows.push(next.columns.map(() => ''));
  next.stars.push(false);
  next.rowNotes.push('');
  commit(next);
  const r = next.rows.length - 1;
  const j = Math.max(0, built.labelCol);
  document.querySelector(`#grid [data-key="cell:${r}:${j}"]`)?.focus();
}

function addColumn() {
  const next = clone(state);
  const taken = new Set(next.columns.map((c) => c.id));
  let n = next.columns.filter((c) => c.role === 'tier').length + 1;
  const id = `tier_${n}`;
  next.columns.push({ header: t('tierN', { n }), role: 'tier', id: taken.has(id) ? `tier_${Date.now() % 100000}` : id, polarity: '', color: '' });
  for (const row of next.rows) row.push('');
  n = next.columns.length - 1;
  commit(next);
  document.querySelector(`#grid [data-key="hdr:${n}"]`)?.focus();
}

function blankTable() {
  const next = clone(state);
  next.columns = [
    { header: t('col.group'), role: 'label', id: 'group', polarity: '', color: '' },
    { header: t('col.total'), role: 'total', id: 'total', polarity: '', color: '' },
    { header: t('tierN', { n: 1 }), role: 'tier', id: 'tier_1', polarity: '', color: '' },
    { header: t('tierN', { n: 2 }), role: 'tier', id: 'tier_2', polarity: '', color: '' },
    { header: t('tierN', { n: 3 }), role: 'tier', id: 'tier_3', polarity: '', color: '' },
  ];
  next.rows = [['', '', '', '', '']];
  next.stars = [false];
  next.rowNotes = [''];
  next.hasHeader = true;
  next.rowsAre = 'groups';
  importNote = { key: 'import.blank', params: {}, severity: 'ok' };
  commit(next);
  document.querySelector('#grid [data-key="cell:0:0"]')?.focus();
}

// ----------------------------------------------------------------- checks

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

function checkText(c) {
  if (c.code === 'widget') return c.params.message;
  return t(`check.${c.code}`, c.params);
}

/** The input a check is about, to mark it and to move the focus there. */
function inputFor(at) {
  const q = (sel) => document.querySelector(sel);
  switch (at.kind) {
    case 'cell':
      return q(`#grid [data-key="cell:${at.row}:${at.col}"]`);
    case 'col':
      if (at.part === 'color') return q(`#grid [data-key="color:${at.col}"]`);
      if (at.part === 'polarity') return q(`#grid [data-key="pol:${at.col}"]`);
      return q(`#grid [data-key="hdr:${at.col}"]`);
    case 'row':
      return q(`#grid [data-key="cell:${at.row}:${Math.max(0, built.labelCol)}"]`);
    case 'note':
      return q(`#grid [data-key="note:${at.row}"]`);
    case 'field':
      return q(`[data-field="${at.field}"]`);
    default:
      return null;
  }
}

function whereText(at) {
  switch (at.kind) {
    case 'cell':
      return t('where.cell', { row: rowName(at.row), col: colName(at.col) });
    case 'col':
      return t('where.col', { col: colName(at.col) });
    case 'row':
    case 'note':
      return t('where.row', { n: at.row + 1 });
    case 'field': {
      const label = document.querySelector(`label[for="${at.field}"]`);
      return label ? label.textContent : at.field;
    }
    default:
      return t('where.all');
  }
}

function messageNode(c) {
  return h('p', { className: `msg ${c.severity}` },
    h('span', { className: 'sev', text: `${t(`sev.${c.severity}`)}: ` }),
    checkText(c));
}

function renderChecks() {
  const checks = allChecks().slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const slot of document.querySelectorAll('[data-slot]')) slot.replaceChildren();
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of document.querySelectorAll('.has-error, .has-warning')) el.classList.remove('has-error', 'has-warning');
  const global = [];
  for (const c of checks) {
    const key = M.slotKey(c.at);
    const slot = key === 'global' ? null : document.querySelector(`[data-slot="${CSS.escape(key)}"]`);
    if (slot) slot.append(messageNode(c));
    else global.push(c);
    const input = inputFor(c.at);
    if (input && c.severity !== 'info') {
      input.classList.add(c.severity === 'error' ? 'has-error' : 'has-warning');
      if (c.severity === 'error') input.setAttribute('aria-invalid', 'true');
    }
  }
  // The list of every check, with a way to reach its place.
  const box = $('checks');
  const errors = checks.filter((c) => c.severity === 'error').length;
  const warnings = checks.filter((c) => c.severity === 'warning').length;
  const parts = [];
  if (!state.columns.length) {
    parts.push(h('p', { className: 'summary', text: t('checks.noData') }));
  } else {
    parts.push(h('p', { className: `summary ${errors ? 'error' : warnings ? 'warning' : 'ok'}`, text: errors || warnings ? t('checks.count', { errors, warnings }) : t('checks.ok') }));
  }
  if (checks.length) {
    const list = h('ul', { className: 'checklist' });
    for (const c of checks) {
      const li = h('li', { className: c.severity }, h('span', { className: 'sev', text: `${t(`sev.${c.severity}`)}: ` }));
      li.append(h('span', { className: 'where', text: `${whereText(c.at)} — ` }), checkText(c));
      const target = inputFor(c.at);
      if (target) {
        const go = h('button', { type: 'button', className: 'go', text: t('goTo') });
        go.setAttribute('aria-label', `${t('goTo')}: ${whereText(c.at)}`);
        go.addEventListener('click', () => {
          const el = inputFor(c.at);
          el?.scrollIntoView({ block: 'center' });
          el?.focus();
        });
        li.append(' ', go);
      }
      list.append(li);
    }
    parts.push(list);
  }
  // Global problems are also shown above the table, where the data is.
  const banner = h('div', { className: 'msgs', id: 'grid-global' });
  for (const c of global) banner.append(messageNode(c));
  box.replaceChildren(...parts);
  const existing = $('grid-global');
  if (existing) existing.replaceWith(banner);
  else $('table-hint').after(banner);
}

// ---------------------------------------------------------------- preview

function schedulePreview() {
  const sig = `${built.json}|${state.theme}|${state.columns.length}|${mod ? 1 : 0}`;
  if (sig === wantedSig) return;
  wantedSig = sig;
  clearTimeout(previewTimer);
  for (const id of ['preview-phone', 'preview-desktop']) $(id).dataset.ready = '0';
  previewTimer = setTimeout(() => updatePreview(sig), 120);
}

function updatePreview(sig) {
  if (!mod) return;
  for (const [name, width] of Object.entries(PREVIEW_WIDTHS)) {
    const box = $(`preview-${name}`);
    box.style.width = `${width}px`;
    if (!state.columns.length) {
      box.replaceChildren(h('p', { className: 'empty', text: t('previewEmpty') }));
      box.dataset.ready = '1';
      continue;
    }
    showChart(box, built.json, state.theme, sig);
  }
  if (!state.columns.length) afterPreview();
}

/** Adds a new <rating-chart> beside the shown one and swaps them once it
 *  has drawn, so the preview never flickers. */
function showChart(box, json, theme, sig) {
  const seq = ++previewSeq;
  const el = document.createElement('rating-chart');
  // The preview draws at once, wherever it is on the page.
  el.setAttribute('loading', 'eager');
  if (theme) el.setAttribute('theme', theme);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  el.dataset.seq = String(seq);
  el.className = 'pending';
  const done = () => {
    el.removeEventListener('rating-chart:render', done);
    el.removeEventListener('rating-chart:error', done);
    for (const old of box.children) {
      if (old !== el && !(old.dataset.seq && Number(old.dataset.seq) > seq)) old.remove();
    }
    el.classList.remove('pending');
    if (sig === wantedSig) {
      box.dataset.ready = '1';
      afterPreview();
    }
  };
  el.addEventListener('rating-chart:render', done);
  el.addEventListener('rating-chart:error', done);
  box.append(el);
}

/** Once drawn: the tiers' real colours (defaults included) for the swatches
 *  and the colour check, and the chart's height for the iframe code. */
function afterPreview() {
  const chart = $('preview-desktop').querySelector('rating-chart:not(.pending)')?.chart;
  // Colours of the chart as drawn; the last ones are kept for the swatches
  // while the data is invalid.
  if (chart) {
    effectiveColors = [];
    for (const s of chart.segments()) {
      if (s.tier >= 0 && !effectiveColors[s.tier]) effectiveColors[s.tier] = hexToRgb(s.color);
    }
  }
  const pairs = chart ? closePairs(effectiveColors) : [];
  colorChecks = [];
  for (const { a, b, de } of pairs) {
    const [ca, cb] = [built.colOfTier[a], built.colOfTier[b]];
    if (ca === undefined || cb === undefined) continue;
    colorChecks.push({ severity: 'warning', code: 'color.close', at: { kind: 'col', col: ca, part: 'color' }, params: { other: colName(cb), de: Number(de.toFixed(1)) } });
    colorChecks.push({ severity: 'warning', code: 'color.close', at: { kind: 'col', col: cb, part: 'color' }, params: { other: colName(ca), de: Number(de.toFixed(1)) } });
  }
  syncGrid();
  renderChecks();
  renderPublish();
}

// ---------------------------------------------------------------- publish

function scriptUrl() {
  return state.scriptUrl.trim() || defaultScriptUrl();
}

function defaultDataUrl() {
  return `${M.fileStem(state.title)}.json`;
}

function dataUrl() {
  return state.dataUrl.trim() || defaultDataUrl();
}

function errorCount() {
  return allChecks().filter((c) => c.severity === 'error').length;
}

/** Widths at which the embed codes give the chart's measured height (the
 *  previews' 390 and 720 among them): a reader's chart between two of them
 *  reserves the larger of their heights, so the page holds its space before
 *  the chart draws. */
const HEIGHT_WIDTHS = [320, 360, 390, 480, 600, 720, 960];
// Charts taller than SCROLL_ABOVE_PX scroll in a band: no reservation.
let heightsMemo = { key: null, value: '' };

/** The `heights` attribute for the current data: "320:410 360:395 …", or
 *  '' when the module is not loaded, the data has errors or the chart
 *  would scroll. Laid out once per change of the data or theme. */
function measuredHeights() {
  const key = `${state.theme}|${built.json}`;
  if (heightsMemo.key === key) return heightsMemo.value;
  let value = '';
  if (mod) {
    const canvas = document.createElement('canvas');
    let chart;
    try {
      chart = new mod.RatingChart(canvas, built.json);
      if (state.theme === 'dark') chart.setTheme('dark');
      const pairs = HEIGHT_WIDTHS.map((w) => [w, Math.ceil(chart.resize(w, undefined, 1))]);
      if (pairs.every(([, h]) => h > 0 && h <= SCROLL_ABOVE_PX)) value = pairs.map(([w, h]) => `${w}:${h}`).join(' ');
    } catch {
      value = '';
    } finally {
      chart?.free();
    }
  }
  heightsMemo = { key, value };
  return value;
}

let staticMemo = { key: null, value: '' };

/** The element of the data-inline code as the core writes it (the full
 *  module's embedCode: the same bytes as `rating-chart embed`), with the
 *  chart pre-drawn as SVG unless "leave it out" is ticked, and the copies'
 *  own <style> unless the page refuses inline styles (`--no-style`); ''
 *  when the module is not loaded or refuses the data. */
function staticElement(svg = !state.noSvg) {
  const style = !state.noStyle;
  const key = `${state.theme}|${svg}|${style}|${built.json}`;
  if (staticMemo.key === key) return staticMemo.value;
  let value = '';
  if (mod && typeof mod.embedCode === 'function') {
    try {
      value = mod.embedCode(built.json, { svg, style, theme: state.theme || undefined });
    } catch {
      value = '';
    }
  }
  staticMemo = { key, value };
  return value;
}

/** gzip -9-like size of a text in bytes (the browser's gzip). */
async function gzipBytes(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

let weightKey = null;
/** Says how much the pre-drawn SVG adds to the article's HTML, gzipped. */
async function renderStaticWeight(blocked) {
  const note = $('static-weight');
  const withSvg = blocked ? '' : staticElement(true);
  const without = blocked ? '' : staticElement(false);
  const key = `${lang}|${withSvg.length}|${without.length}|${built.json}`;
  if (!withSvg || !without || typeof CompressionStream !== 'function') {
    note.textContent = '';
    weightKey = null;
    return;
  }
  if (key === weightKey) return;
  weightKey = key;
  const [a, b] = await Promise.all([gzipBytes(withSvg), gzipBytes(without)]);
  if (weightKey !== key) return;
  const kb = Math.max(0, a - b) / 1024;
  note.textContent = t('staticWeight', { kb: kb.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
}

function renderPublish() {
  const errors = errorCount();
  const empty = !state.columns.length;
  const blocked = empty || errors > 0;
  const block = $('publish-block');
  block.hidden = !blocked;
  block.textContent = empty ? t('publish.empty') : t('publish.errors', { n: errors });
  // The iframe's starting height: the whole widget (chart and its tools) as
  // drawn at 720 px; frame-resize.js adjusts it to the reader's width.
  const shown = $('preview-desktop').querySelector('rating-chart:not(.pending)');
  const height = shown?.chart ? shown.getBoundingClientRect().height : null;
  // The module a first-screen chart's hints preload: the one the host
  // will fetch for this data (host/data.js).
  const kinds = kindsOf(built.data);
  const codes = {
    // With the pre-drawn SVG: the core's element, the CLI's bytes; without
    // it, the element with heights measured by the live module at seven
    // widths (no copy to match).
    'code-inline': (!blocked && !state.noSvg && staticElement())
      ? S.staticSnippet({ scriptUrl: scriptUrl(), element: staticElement(), preload: state.firstScreen, kinds })
      : S.inlineSnippet({ scriptUrl: scriptUrl(), json: built.json, theme: state.theme, heights: blocked ? '' : measuredHeights(), preload: state.firstScreen, kinds }),
    'code-src': S.srcSnippet({ scriptUrl: scriptUrl(), dataUrl: dataUrl(), theme: state.theme, heights: blocked ? '' : measuredHeights(), preload: state.firstScreen }),
    'code-iframe': S.iframeSnippet({ scriptUrl: scriptUrl(), json: built.json, theme: state.theme, title: built.data.title, height: height || 420 }),
  };
  renderStaticWeight(blocked);
  for (const [id, code] of Object.entries(codes)) {
    const box = $(id);
    const v = blocked ? '' : code;
    if (box.value !== v) box.value = v;
  }
  for (const btn of document.querySelectorAll('#s-publish button')) {
    btn.disabled = blocked;
    if (blocked) btn.setAttribute('aria-describedby', 'publish-block');
    else btn.removeAttribute('aria-describedby');
  }
}

async function copyCode(id) {
  const box = $(id);
  const text = box.value;
  if (!text) return;
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    box.focus();
    box.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
  }
  say(ok ? t('copied') : t('copyFailed'));
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function jsonFileName() {
  const last = dataUrl().split(/[?#]/)[0].split('/').pop();
  return /\.json$/i.test(last) ? last : `${M.fileStem(state.title)}.json`;
}

function downloadJson() {
  const text = `${JSON.stringify(built.data, null, 2)}\n`;
  download(new Blob([text], { type: 'application/json' }), jsonFileName());
  say(t('downloaded', { name: jsonFileName() }));
}

async function downloadImage(kind) {
  if (!mod) return;
  const width = Math.min(2400, Math.max(240, Math.round(Number(state.imageWidth) || 720)));
  const canvas = document.createElement('canvas');
  let chart;
  try {
    chart = new mod.RatingChart(canvas, built.json);
    if (state.theme === 'dark') chart.setTheme('dark');
    chart.resize(width, undefined, kind === 'png' ? 2 : 1);
    let blob;
    if (kind === 'svg') blob = new Blob([chart.toSvg()], { type: 'image/svg+xml' });
    else blob = await new Promise((ok) => canvas.toBlob(ok, 'image/png'));
    const name = `${M.fileStem(state.title)}.${kind}`;
    download(blob, name);
    say(t('downloaded', { name }));
  } catch (e) {
    say(t('imageFailed', { message: String(e.message || e) }));
  } finally {
    chart?.free();
  }
}

// ----------------------------------------------------------------- import

function doImport(text, { from = 'paste' } = {}) {
  const res = M.importText(text, state, names());
  if (res.error) {
    let detail = res.detail || '';
    let key = `import.${res.error}`;
    const params = { detail };
    if (res.error === 'json' && mod) {
      // The widget's parser says where: line and column for a syntax error,
      // else (NaN, Infinity, duplicate keys) the first error with its path.
      const issues = mod.validate(text);
      const issue = issues.find((i) => i.code === 'json.syntax')
        || issues.find((i) => i.severity === 'error');
      const at = issue && /(\d+)\D+?(\d+)/.exec(issue.message);
      if (at) {
        key = 'import.jsonAt';
        params.line = Number(at[1]);
        params.col = Number(at[2]);
      } else if (issue) {
        params.detail = issue.path ? `${issue.path}: ${issue.message}` : issue.message;
      }
    }
    importNote = { key, params, severity: 'error' };
    renderImportPanel();
    return false;
  }
  const next = res.state;
  const rows = next.rows.length;
  const cols = next.columns.length;
  const tiers = next.columns.filter((c) => c.role === 'tier').length;
  importNote = {
    key: res.dropped.length ? 'import.okDropped' : res.transposed ? 'import.okTransposed' : 'import.ok',
    params: { kind: t(`src.${res.kind}`), rows, cols, tiers, dropped: res.dropped.join(', '), from: t(`from.${from}`) },
    severity: 'ok',
  };
  commit(next);
  return true;
}

async function loadExample() {
  try {
    const res = await fetch(new URL('examples/hai-duong-2021.json', location.href));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    doImport(text, { from: 'example' });
  } catch (e) {
    importNote = { key: 'import.exampleFailed', params: { detail: String(e.message || e) }, severity: 'error' };
    renderImportPanel();
  }
}

async function readFile(file) {
  if (!file) return;
  if (file.size > 6 * 1024 * 1024) {
    importNote = { key: 'import.tooBig', params: {}, severity: 'error' };
    renderImportPanel();
    return;
  }
  const text = await file.text();
  $('paste').value = text;
  doImport(text, { from: 'file' });
}

// ---------------------------------------------------------------- language

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  const other = LANGUAGES.find((l) => l !== lang);
  const btn = $('lang');
  btn.textContent = translate(other, 'langName');
  btn.lang = other;
  btn.setAttribute('aria-label', `${translate(other, 'switchTo')} ${translate(other, 'langName')}`);
  $('paste').placeholder = t('pastePh');
  if (importNote) renderImportPanel();
}

function setLanguage(next) {
  lang = next;
  storage()?.setItem(LANG_KEY, lang);
  applyLanguage();
  gridShape = '';
  render();
  say(t('langChanged'));
}

// ------------------------------------------------------------------ wiring

function fieldEvent(e) {
  const el = e.target;
  const field = el.dataset?.field;
  if (!field) return;
  if (el.type === 'radio' && !el.checked) return;
  const next = clone(state);
  next[field] = el.type === 'checkbox' ? el.checked : el.value;
  if (field === 'scriptUrl' && el.value.trim() === defaultScriptUrl()) next.scriptUrl = '';
  // Rows that are the periods of one group: the period column names them.
  if (field === 'rowsAre' && el.value === 'periods') {
    const period = next.columns.find((c) => c.role === 'period');
    if (period) {
      for (const c of next.columns) if (c.role === 'label') c.role = 'ignore';
      period.role = 'label';
    }
  }
  commit(next, { key: `field:${field}` });
}

function wire() {
  document.addEventListener('input', (e) => {
    if (e.target.closest?.('#grid')) gridInput(e);
    else if (e.target.dataset?.field && e.target.tagName !== 'SELECT' && e.target.type !== 'radio') fieldEvent(e);
  });
  document.addEventListener('change', (e) => {
    if (e.target.closest?.('#grid')) {
      if (e.target.tagName === 'SELECT') gridInput(e);
    } else if (e.target.dataset?.field && (e.target.tagName === 'SELECT' || e.target.type === 'radio')) {
      fieldEvent(e);
    }
  });
  $('grid').addEventListener('click', gridClick);
  $('undo').addEventListener('click', undo);
  $('redo').addEventListener('click', redo);
  $('example').addEventListener('click', loadExample);
  $('reset').addEventListener('click', () => {
    const next = M.emptyState(state.locale);
    next.scriptUrl = state.scriptUrl;
    importNote = null;
    $('paste').value = '';
    commit(next);
    say(t('resetDone'));
  });
  $('lang').addEventListener('click', () => setLanguage(LANGUAGES.find((l) => l !== lang)));
  $('read').addEventListener('click', () => doImport($('paste').value));
  $('blank').addEventListener('click', blankTable);
  $('add-row').addEventListener('click', addRow);
  $('add-col').addEventListener('click', addColumn);
  $('transpose').addEventListener('click', () => {
    commit(M.transpose(state));
    say(t('transposed'));
  });
  $('hasHeader').addEventListener('change', (e) => commit(M.withHeader(state, e.target.checked)));
  const paste = $('paste');
  paste.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    paste.value = text;
    doImport(text);
  });
  paste.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      doImport(paste.value);
    }
  });
  paste.addEventListener('dragover', (e) => e.preventDefault());
  paste.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    readFile(file);
  });
  $('file').addEventListener('change', (e) => {
    readFile(e.target.files[0]);
    e.target.value = '';
  });
  for (const btn of document.querySelectorAll('[data-copy]')) btn.addEventListener('click', () => copyCode(btn.dataset.copy));
  $('dl-json').addEventListener('click', downloadJson);
  $('dl-png').addEventListener('click', () => downloadImage('png'));
  $('dl-svg').addEventListener('click', () => downloadImage('svg'));
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    if (e.target === paste) return; // the paste box keeps the browser's own undo
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      undo();
    } else if ((k === 'z' && e.shiftKey) || k === 'y') {
      e.preventDefault();
      redo();
    }
  });
  window.addEventListener('pagehide', () => {
    if (saveTimer) save();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && saveTimer) save();
  });
}

async function start() {
  applyLanguage();
  const restored = restore();
  wire();
  render();
  if (restored && state.columns.length) say(t('restored'));
  try {
    mod = await loadModule();
  } catch (e) {
    importNote = { key: 'import.moduleFailed', params: { detail: String(e.message || e) }, severity: 'error' };
    renderImportPanel();
    return;
  }
  render();
  document.body.dataset.ready = '1';
}

start();
