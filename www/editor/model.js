// The editor's draft and what is derived from it: the rating-data JSON of
// format v1 and the editor's own checks, each tied to the cell, column, row
// or field it concerns. Pure functions (no DOM): the UI renders the checks'
// codes in its own language.

import {
  parseDelimited, sniffKind, parseNumber, guessNumberFormat, guessHeader, numericShare,
  roleFromName, polarityFromName, makeId, fold,
} from './parse.js';
import { KINDS as CORE_KINDS } from '../host/constants.js';

export const ROLES = ['label', 'period', 'total', 'tier', 'ignore'];
export const POLARITIES = ['', 'positive', 'neutral', 'negative'];
export const LOCALES = ['vi-VN', 'en-US', 'en-GB', 'fr-FR', 'de-DE'];
/** Every chart kind the widget draws ('' = auto, chosen from the data). */
export const KINDS = ['', ...CORE_KINDS.filter((k) => k !== 'auto')];
export const VALUE_MODES = ['', 'counts'];
export const DECIMALS = ['', '0', '1', '2', '3'];
export const THEMES = ['', 'light', 'dark'];

/** Letters only Vietnamese writes (among the supported locales). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** Lengths past which a label wraps badly on a phone (390 px). */
export const LONG = { tier: 40, group: 48, title: 120, subtitle: 240, word: 22 };

export function emptyState(locale = 'vi-VN') {
  return {
    v: 1,
    columns: [], // {header, role, id, polarity, color}
    rows: [], // string[][], one cell per column
    hasHeader: true,
    numberFormat: 'auto', // 'auto' | 'vi' | 'en'
    rowsAre: 'groups', // 'groups' | 'periods'
    groupName: '', // the group's name when rows are periods
    period: '', // one period for every row (when no column holds it)
    title: '',
    subtitle: '',
    sourceText: '',
    sourceUrl: '',
    notes: '',
    locale,
    kind: '',
    values: '',
    decimals: '',
    theme: '',
    scriptUrl: '',
    firstScreen: false, // embed codes carry the preload hints
    noSvg: false, // the data-inline code leaves the pre-drawn SVG out
    noStyle: false, // its copies come without their own <style> (a strict CSP): the stylesheet is linked
    dataUrl: '', // '' = the title's file name
    imageWidth: '720',
    // The story (issue 20): one flag and one note per row, a sort, a
    // highlighted tier and a reference value.
    stars: [], // true where the row's group is highlighted
    rowNotes: [], // the annotation written on the chart for the row's group
    sort: '', // '' (data order) | 'total' | 'positive' | 'tier:ID'
    sortOrder: '', // '' (descending) | 'ascending'
    highlightTier: '', // a tier id
    refShare: '', // the reference share in percent, as typed
    refLabel: '',
    refTier: '', // '' = the highlighted tier, else the first
  };
}

/** Makes any stored object a well-formed state (drafts from older versions,
 *  hand-edited storage): unknown keys dropped, wrong types replaced. */
export function normalizeState(obj, locale) {
  const base = emptyState(locale);
  if (!obj || typeof obj !== 'object') return base;
  const out = { ...base };
  for (const key of Object.keys(base)) {
    if (typeof obj[key] === typeof base[key] && !['columns', 'rows', 'stars', 'rowNotes'].includes(key)) out[key] = obj[key];
  }
  const cols = Array.isArray(obj.columns) ? obj.columns : [];
  out.columns = cols.map((c) => ({
    header: String(c?.header ?? ''),
    role: ROLES.includes(c?.role) ? c.role : 'ignore',
    id: String(c?.id ?? ''),
    polarity: POLARITIES.includes(c?.polarity) ? c.polarity : '',
    color: String(c?.color ?? ''),
  }));
  const width = out.columns.length;
  out.rows = (Array.isArray(obj.rows) ? obj.rows : []).map((r) =>
    Array.from({ length: width }, (_, j) => String((Array.isArray(r) ? r[j] : '') ?? '')));
  out.stars = out.rows.map((_, r) => Array.isArray(obj.stars) && obj.stars[r] === true);
  out.rowNotes = out.rows.map((_, r) => (Array.isArray(obj.rowNotes) && typeof obj.rowNotes[r] === 'string' ? obj.rowNotes[r] : ''));
  fixIds(out.columns);
  return out;
}

/** Every column gets a unique, valid id (kept when it already has one). */
function fixIds(columns) {
  const taken = new Set();
  for (const c of columns) {
    if (!c.id || taken.has(c.id) || !/^[A-Za-z0-9_-]{1,64}$/.test(c.id)) c.id = makeId(c.header, taken);
    taken.add(c.id);
  }
}

const clone = (s) => JSON.parse(JSON.stringify(s));

/** The table as a matrix, with the column names as first row when there are some. */
export function matrix(state) {
  return state.hasHeader ? [state.columns.map((c) => c.header), ...state.rows] : state.rows.map((r) => [...r]);
}

/**
 * A state for a freshly pasted table (rows of cells). Columns are mapped
 * from their names and contents; settings of `prev` (title, locale, …) are
 * kept, and so are a tier's label, polarity and colour when a column of the
 * same id comes back.
 */
export function tableToState(cells, prev, { hasHeader = guessHeader(cells) } = {}) {
  const state = { ...clone(prev), columns: [], rows: [], stars: [], rowNotes: [] };
  const width = Math.max(0, ...cells.map((r) => r.length));
  const square = cells.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
  const header = hasHeader && square.length ? square[0] : Array(width).fill('');
  const data = hasHeader ? square.slice(1) : square;
  state.hasHeader = hasHeader;
  state.rows = data;
  const taken = { label: false, total: false, period: false };
  const columns = header.map((h) => ({ header: h.trim(), role: 'ignore', id: '', polarity: '', color: '' }));
  columns.forEach((c, j) => {
    const byName = roleFromName(c.header);
    const share = numericShare(data, j);
    let role;
    if (byName && byName !== 'label' && !taken[byName]) role = byName;
    else if (byName === 'label' && !taken.label && (share === null || share < 0.5)) role = 'label';
    else if (share === null) role = c.header ? 'tier' : 'ignore';
    else if (share >= 0.5) role = 'tier';
    else if (!taken.label) role = 'label';
    else role = 'ignore';
    if (role in taken) taken[role] = true;
    c.role = role;
  });
  // A period column and no names: the rows are the periods of one group.
  if (!taken.label && taken.period) {
    columns.find((c) => c.role === 'period').role = 'label';
    state.rowsAre = 'periods';
  } else if (taken.label) {
    state.rowsAre = 'groups';
  }
  const ids = new Set();
  columns.forEach((c, j) => {
    c.id = makeId(c.header, ids, `tier_${j + 1}`);
    ids.add(c.id);
  });
  // Keep what the user set for tiers that come back.
  const old = new Map((prev.columns || []).filter((c) => c.role === 'tier').map((c) => [c.id, c]));
  for (const c of columns) {
    const before = old.get(c.id);
    if (c.role === 'tier' && before) {
      c.header = before.header;
      c.polarity = before.polarity;
      c.color = before.color;
    }
  }
  // A new draft of Vietnamese text is for Vietnamese readers.
  if (!(prev.columns || []).length) {
    const words = [...header, ...data.flatMap((r) => r.filter((_, j) => columns[j].role !== 'tier' && columns[j].role !== 'total'))].join(' ');
    if (VIETNAMESE.test(words)) state.locale = 'vi-VN';
  }
  const guesses = columns.filter((c) => c.role === 'tier').map((c) => [c, polarityFromName(c.header)]);
  for (const [c, p] of guesses) if (!c.polarity && !old.has(c.id)) c.polarity = p;
  state.columns = columns;
  return state;
}

/** A state with the table's rows and columns swapped. */
export function transpose(state) {
  const m = matrix(state);
  const width = Math.max(0, ...m.map((r) => r.length));
  const t = Array.from({ length: width }, (_, j) => m.map((r) => r[j] ?? ''));
  return tableToState(t, state);
}

/** The same table read with or without a header row. */
export function withHeader(state, hasHeader) {
  if (hasHeader === state.hasHeader) return state;
  const next = tableToState(matrix(state), state, { hasHeader });
  return next;
}

/**
 * Reads a pasted or uploaded text. Returns { state, kind, dropped } or
 * { error: 'json' | 'notRating' | 'empty', detail }.
 */
export function importText(text, prev, names) {
  const kind = sniffKind(text);
  if (kind === 'empty') return { error: 'empty' };
  if (kind === 'json') {
    let obj;
    try {
      obj = JSON.parse(String(text).replace(/^\ufeff/, ''));
    } catch (e) {
      return { error: 'json', detail: e.message };
    }
    return jsonToState(obj, prev, names);
  }
  let cells = parseDelimited(text, kind === 'tsv' ? '\t' : undefined);
  if (!cells.length) return { error: 'empty' };
  const turned = tiersInRows(cells);
  if (turned) cells = transposeCells(cells);
  return { state: tableToState(cells, { ...prev, numberFormat: 'auto' }), kind, dropped: [], transposed: turned };
}

function transposeCells(cells) {
  const width = Math.max(0, ...cells.map((r) => r.length));
  return Array.from({ length: width }, (_, j) => cells.map((r) => r[j] ?? ''));
}

/** A table with the tiers down its first column (and the groups across):
 *  most first-column names sound like tiers, the column names do not. */
function tiersInRows(cells) {
  if (cells.length < 3 || cells[0].length < 2) return false;
  const sounds = (names) => names.filter((n) => n.trim()).map((n) => Boolean(polarityFromName(n)) || roleFromName(n) === 'total');
  const down = sounds(cells.slice(1).map((r) => r[0]));
  const across = sounds(cells[0].slice(1));
  const share = (xs) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);
  return down.length >= 2 && share(down) >= 2 / 3 && share(across) <= 1 / 3;
}

const KNOWN_TOP = ['$schema', 'version', 'title', 'subtitle', 'source', 'notes', 'locale', 'tiers', 'groups', 'display', 'annotations', 'reference'];

/** A state from rating-data JSON (format v1). Fields the editor does not
 *  handle are listed in `dropped`. */
export function jsonToState(obj, prev, names = { label: 'group', period: 'period', total: 'total' }) {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj) || !Array.isArray(obj.tiers) || !Array.isArray(obj.groups)) {
    return { error: 'notRating' };
  }
  const str = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  const dropped = Object.keys(obj).filter((k) => !KNOWN_TOP.includes(k));
  const state = { ...clone(prev), columns: [], rows: [], hasHeader: true, numberFormat: 'auto', rowsAre: 'groups', groupName: '', period: '', stars: [], rowNotes: [] };
  state.title = str(obj.title);
  state.subtitle = str(obj.subtitle);
  state.notes = str(obj.notes);
  state.sourceText = str(obj.source?.text);
  state.sourceUrl = str(obj.source?.url);
  state.locale = typeof obj.locale === 'string' && obj.locale ? obj.locale : 'vi-VN';
  const d = obj.display && typeof obj.display === 'object' ? obj.display : {};
  state.kind = KINDS.includes(d.kind) ? d.kind : '';
  state.values = d.values === 'counts' ? 'counts' : '';
  state.decimals = DECIMALS.includes(String(d.decimals ?? '')) ? String(d.decimals ?? '') : '';
  if (d.kind !== undefined && d.kind !== null && d.kind !== 'auto' && !KINDS.includes(d.kind)) dropped.push('display.kind');
  if (d.decimals !== undefined && d.decimals !== null && !DECIMALS.includes(String(d.decimals))) dropped.push('display.decimals');

  const groups = obj.groups.map((g) => (g && typeof g === 'object' ? g : {}));
  const periods = groups.map((g) => g.period);
  const hasPeriod = periods.some((p) => p !== undefined && p !== null);
  const samePeriod = hasPeriod && periods.every((p) => p === periods[0]) && groups.length > 0;
  const hasTotal = groups.some((g) => g.total !== undefined && g.total !== null);
  const columns = [{ header: names.label, role: 'label', id: '', polarity: '', color: '' }];
  if (hasPeriod && !samePeriod) columns.push({ header: names.period, role: 'period', id: '', polarity: '', color: '' });
  if (hasTotal) columns.push({ header: names.total, role: 'total', id: '', polarity: '', color: '' });
  const tiers = obj.tiers.map((t) => (t && typeof t === 'object' ? t : {}));
  const first = columns.length;
  for (const t of tiers) {
    columns.push({
      header: str(t.label),
      role: 'tier',
      id: str(t.id),
      polarity: POLARITIES.includes(t.polarity) ? t.polarity : '',
      color: str(t.color),
    });
  }
  if (samePeriod) state.period = str(periods[0]);
  state.rows = groups.map((g) => {
    const row = [str(g.label)];
    if (hasPeriod && !samePeriod) row.push(str(g.period));
    if (hasTotal) row.push(str(g.total));
    // Shares-only data comes back as percentages ("38 %"), which the
    // editor reads as shares again.
    const shares = !g.counts && g.shares && typeof g.shares === 'object';
    const counts = shares ? g.shares : g.counts && typeof g.counts === 'object' ? g.counts : {};
    tiers.forEach((t) => {
      const v = Object.prototype.hasOwnProperty.call(counts, t.id) ? counts[t.id] : undefined;
      const cell = v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
      row.push(shares && typeof v === 'number' ? `${cell}%` : cell);
    });
    return row;
  });
  // Counts of ids that are not tiers cannot be placed in the table.
  const ids = new Set(tiers.map((t) => t.id));
  if (groups.some((g) => g.counts && typeof g.counts === 'object' && Object.keys(g.counts).some((k) => !ids.has(k)))) {
    dropped.push('groups[].counts');
  }
  if (groups.some((g) => g.shares && typeof g.shares === 'object' && Object.keys(g.shares).some((k) => !ids.has(k)))) {
    dropped.push('groups[].shares');
  }
  // Ids of tiers keep their text as given (the widget reports bad ones);
  // other columns get fresh ones.
  const taken = new Set(columns.slice(first).map((c) => c.id));
  columns.slice(0, first).forEach((c) => {
    c.id = makeId(c.header, taken);
    taken.add(c.id);
  });
  state.columns = columns;
  storyToState(obj, d, groups, state);
  return { state, kind: 'json', dropped };
}

/** The story of rating data (highlight, sort, annotations, reference) into
 *  the editor's state: stars and notes on the rows of the groups named. */
function storyToState(obj, display, groups, state) {
  const same = (a, b) => String(a ?? '') === String(b ?? '');
  const hl = display.highlight && typeof display.highlight === 'object' ? display.highlight : {};
  const starred = new Set(Array.isArray(hl.groups) ? hl.groups.map(String) : []);
  state.stars = groups.map((g) => starred.has(String(g.label)));
  state.highlightTier = typeof hl.tier === 'string' ? hl.tier : '';
  const sort = display.sort && typeof display.sort === 'object' ? display.sort : {};
  state.sort = sort.by === 'tier' && typeof sort.tier === 'string' ? `tier:${sort.tier}` : ['total', 'positive'].includes(sort.by) ? sort.by : '';
  state.sortOrder = sort.order === 'ascending' ? 'ascending' : '';
  state.rowNotes = groups.map(() => '');
  for (const a of Array.isArray(obj.annotations) ? obj.annotations : []) {
    if (!a || typeof a !== 'object' || typeof a.text !== 'string') continue;
    const r = groups.findIndex((g) => same(g.label, a.group) && (a.period === undefined || same(g.period, a.period)));
    if (r >= 0) state.rowNotes[r] = a.text;
  }
  const ref = obj.reference && typeof obj.reference === 'object' ? obj.reference : null;
  state.refShare = typeof ref?.share === 'number' ? String(ref.share) : '';
  state.refLabel = typeof ref?.label === 'string' ? ref.label : '';
  state.refTier = typeof ref?.tier === 'string' ? ref.tier : '';
}

/** A group's period as JSON: a whole number stays a number. */
export function periodValue(text) {
  const s = String(text).trim();
  if (/^-?\d{1,15}$/.test(s)) return Number(s);
  return s;
}

/** The number format used to read the cells, and why. */
export function numberFormatOf(state) {
  const cells = [];
  state.columns.forEach((c, j) => {
    if (c.role === 'tier' || c.role === 'total') for (const r of state.rows) cells.push(r[j]);
  });
  const guess = guessNumberFormat(cells);
  if (state.numberFormat === 'vi' || state.numberFormat === 'en') {
    return { format: state.numberFormat, chosen: true, guess };
  }
  const fallback = String(state.locale).toLowerCase().startsWith('vi') ? 'vi' : 'en';
  return { format: guess.format ?? fallback, chosen: false, guess };
}

const blank = (s) => String(s ?? '').trim() === '';

/**
 * Derives the rating data and the editor's checks from a state.
 * Returns { data, json, checks, format, rowOfGroup, colOfTier }:
 *   checks: [{ severity: 'error'|'warning'|'info', code, at, params }]
 *   at: { kind: 'cell', row, col } | { kind: 'col', col, part? } |
 *       { kind: 'row', row } | { kind: 'field', field } | { kind: 'global' }
 */
export function build(state) {
  const checks = [];
  const add = (severity, code, at, params = {}) => checks.push({ severity, code, at, params });
  const nf = numberFormatOf(state);
  const fmt = nf.format;
  const cols = state.columns;
  const labelCol = cols.findIndex((c) => c.role === 'label');
  const periodCol = cols.findIndex((c) => c.role === 'period');
  const totalCol = cols.findIndex((c) => c.role === 'total');
  const tierCols = cols.map((c, j) => (c.role === 'tier' ? j : -1)).filter((j) => j >= 0);
  const periods = state.rowsAre === 'periods';

  const data = { version: 1 };
  const text = (v) => String(v ?? '').trim();
  if (text(state.title)) data.title = text(state.title);
  if (text(state.subtitle)) data.subtitle = text(state.subtitle);
  if (text(state.sourceText) || text(state.sourceUrl)) {
    data.source = { text: text(state.sourceText) };
    if (text(state.sourceUrl)) data.source.url = text(state.sourceUrl);
  }
  if (text(state.notes)) data.notes = text(state.notes);
  data.locale = state.locale || 'vi-VN';

  if (!text(state.title)) add('warning', 'title.missing', { kind: 'field', field: 'title' });
  else if (text(state.title).length > LONG.title) add('warning', 'title.long', { kind: 'field', field: 'title' }, { n: text(state.title).length, max: LONG.title });
  if (text(state.subtitle).length > LONG.subtitle) add('warning', 'subtitle.long', { kind: 'field', field: 'subtitle' }, { n: text(state.subtitle).length, max: LONG.subtitle });
  if (!text(state.sourceText) && text(state.sourceUrl)) add('error', 'source.textMissing', { kind: 'field', field: 'sourceText' });
  else if (!text(state.sourceText)) add('warning', 'source.missing', { kind: 'field', field: 'sourceText' });

  // Tiers.
  data.tiers = tierCols.map((j) => {
    const c = cols[j];
    const tier = { id: c.id, label: text(c.header) };
    if (c.polarity) tier.polarity = c.polarity;
    if (text(c.color)) tier.color = text(c.color);
    return tier;
  });
  for (const j of tierCols) {
    const label = text(cols[j].header);
    if (!label) add('error', 'tier.labelMissing', { kind: 'col', col: j, part: 'label' });
    else labelChecks(label, LONG.tier, { kind: 'col', col: j, part: 'label' }, add);
  }

  const hasTable = cols.length > 0 || state.rows.length > 0;
  if (hasTable && !tierCols.length) add('error', 'structure.noTiers', { kind: 'global' });
  if (hasTable && labelCol < 0) {
    add('error', periods ? 'structure.noPeriodColumn' : 'structure.noLabelColumn', { kind: 'global' });
  }
  if (periods && !text(state.groupName)) add('error', 'group.nameMissing', { kind: 'field', field: 'groupName' });
  if (periods && text(state.groupName)) labelChecks(text(state.groupName), LONG.group, { kind: 'field', field: 'groupName' }, add);

  // Groups: one per row that is not empty.
  const rowOfGroup = [];
  const used = [labelCol, periodCol, totalCol, ...tierCols].filter((j) => j >= 0);
  let percentCells = 0;
  let fractionCells = 0;
  let rowsNearHundred = 0;
  const tierSeen = new Map(tierCols.map((j) => [j, { filled: 0, nonZero: 0 }]));
  // Shares-only data: every filled tier cell is a percentage ("38 %"). The
  // chart then shows shares only and says so; no count is made up. Mixed
  // tables (some counts, some percentages) stay errors.
  let filledTierCells = 0;
  let percentTierCells = 0;
  for (const row of state.rows) {
    for (const j of tierCols) {
      if (blank(row[j])) continue;
      const n = parseNumber(String(row[j]).trim(), fmt);
      // A dash (nil) fits a table of counts and one of percentages alike.
      if (n.nil) continue;
      filledTierCells += 1;
      if (n.percent) percentTierCells += 1;
    }
  }
  const sharesOnly = filledTierCells > 0 && percentTierCells === filledTierCells;
  if (sharesOnly) add('info', 'data.sharesOnly', { kind: 'global' });
  data.groups = [];
  state.rows.forEach((row, r) => {
    if (used.every((j) => blank(row[j]))) {
      add('warning', 'row.empty', { kind: 'row', row: r });
      return;
    }
    const group = {};
    const labelText = labelCol >= 0 ? text(row[labelCol]) : '';
    if (periods) {
      group.label = text(state.groupName);
      if (labelCol >= 0) {
        if (labelText) group.period = periodValue(labelText);
        else add('error', 'row.noPeriod', { kind: 'cell', row: r, col: labelCol });
      }
    } else {
      group.label = labelText;
      if (labelCol >= 0) {
        if (!labelText) add('error', 'row.noLabel', { kind: 'cell', row: r, col: labelCol });
        else labelChecks(labelText, LONG.group, { kind: 'cell', row: r, col: labelCol }, add);
      }
      if (periodCol >= 0 && !blank(row[periodCol])) group.period = periodValue(row[periodCol]);
      else if (periodCol < 0 && text(state.period)) group.period = periodValue(state.period);
    }
    // Total (shares-only data has none: the shares are of an unknown number).
    let total = null;
    if (sharesOnly && totalCol >= 0 && !blank(row[totalCol])) {
      add('info', 'cell.totalIgnored', { kind: 'cell', row: r, col: totalCol });
    } else if (totalCol >= 0 && !blank(row[totalCol])) {
      const res = readCount(row[totalCol], fmt, { kind: 'cell', row: r, col: totalCol }, add);
      group.total = res.json;
      if (res.ok) total = res.value;
      if (res.percent) percentCells += 1;
      if (res.fraction) fractionCells += 1;
    }
    // Counts.
    group.counts = {};
    let sum = 0;
    let allOk = true;
    let anyCount = false;
    let shareSum = 0;
    for (const j of tierCols) {
      const cell = row[j];
      const seen = tierSeen.get(j);
      if (blank(cell)) {
        if (sharesOnly) add('info', 'cell.emptyShare', { kind: 'cell', row: r, col: j });
        else if (totalCol < 0 || blank(row[totalCol])) add('error', 'cell.emptyNoTotal', { kind: 'cell', row: r, col: j });
        else add('info', 'cell.emptyNotReported', { kind: 'cell', row: r, col: j });
        continue;
      }
      anyCount = true;
      seen.filled += 1;
      if (sharesOnly) {
        const res = readShare(cell, fmt, { kind: 'cell', row: r, col: j }, add);
        group.counts[cols[j].id] = res.json;
        if (res.ok && res.value > 0) seen.nonZero += 1;
        continue;
      }
      const res = readCount(cell, fmt, { kind: 'cell', row: r, col: j }, add);
      group.counts[cols[j].id] = res.json;
      if (res.percent) percentCells += 1;
      if (res.fraction) fractionCells += 1;
      if (res.number !== undefined) shareSum += res.number;
      if (res.ok) {
        sum += res.value;
        if (res.value > 0) seen.nonZero += 1;
      } else {
        allOk = false;
      }
    }
    if (tierCols.length && Math.abs(shareSum - 100) < 1.5 && !Number.isInteger(shareSum)) rowsNearHundred += 1;
    if (!anyCount && total === null && tierCols.length) add('error', 'row.noFigures', { kind: 'row', row: r });
    if (sharesOnly) {
      group.shares = group.counts;
      delete group.counts;
    }
    if (allOk && total !== null && anyCount) {
      if (total < sum) add('error', 'total.belowSum', { kind: 'cell', row: r, col: totalCol }, { total, sum });
      else if (total > sum) add('warning', 'total.aboveSum', { kind: 'cell', row: r, col: totalCol }, { total, sum, missing: total - sum });
    }
    if (allOk && total === 0 && sum === 0) add('warning', 'row.zero', { kind: 'row', row: r });
    rowOfGroup.push(r);
    data.groups.push(group);
  });
  if (hasTable && !data.groups.length && tierCols.length) add('error', 'structure.noRows', { kind: 'global' });
  for (const [j, seen] of tierSeen) {
    if (!data.groups.length) break;
    if (seen.filled === 0) add('warning', 'tier.noData', { kind: 'col', col: j });
    else if (seen.nonZero === 0) add('info', 'tier.allZero', { kind: 'col', col: j });
  }
  if (percentCells > 0 || (fractionCells > 0 && rowsNearHundred > 0)) {
    add('error', 'data.percentages', { kind: 'global' });
  }

  const display = {};
  if (state.kind) display.kind = state.kind;
  if (state.values) display.values = state.values;
  if (state.decimals !== '') display.decimals = Number(state.decimals);
  // The story: highlighted groups (by label, once each) or tier, the sort.
  const tierIds = data.tiers.map((t) => t.id);
  const starred = [];
  data.groups.forEach((g, gi) => {
    if (state.stars[rowOfGroup[gi]] && g.label && !starred.includes(g.label)) starred.push(g.label);
  });
  const highlight = {};
  if (starred.length) highlight.groups = starred;
  if (state.highlightTier && tierIds.includes(state.highlightTier)) highlight.tier = state.highlightTier;
  if (Object.keys(highlight).length) display.highlight = highlight;
  const sortTier = /^tier:(.*)$/.exec(state.sort)?.[1];
  if (state.sort === 'total' || state.sort === 'positive') display.sort = { by: state.sort };
  else if (sortTier !== undefined && tierIds.includes(sortTier)) display.sort = { by: 'tier', tier: sortTier };
  if (display.sort && state.sortOrder === 'ascending') display.sort.order = 'ascending';
  if (Object.keys(display).length) data.display = display;
  // A note per row: an annotation of its group (and period).
  const annotations = [];
  const rowOfNote = [];
  data.groups.forEach((g, gi) => {
    const note = text(state.rowNotes[rowOfGroup[gi]]);
    if (!note || !g.label) return;
    const a = { group: g.label };
    if (g.period !== undefined) a.period = g.period;
    a.text = note;
    annotations.push(a);
    rowOfNote.push(rowOfGroup[gi]);
  });
  if (annotations.length) data.annotations = annotations;
  // The reference value: a share in percent, named.
  if (text(state.refShare) || text(state.refLabel)) {
    const n = parseNumber(text(state.refShare).replace(/%$/, '').trim(), fmt);
    const ok = n.value !== undefined && !n.error && !n.negative && n.value <= 100;
    if (!ok) add('error', 'reference.share', { kind: 'field', field: 'refShare' });
    if (!text(state.refLabel)) add('error', 'reference.labelMissing', { kind: 'field', field: 'refLabel' });
    const reference = { share: ok ? n.value : text(state.refShare), label: text(state.refLabel) };
    if (state.refTier && tierIds.includes(state.refTier)) reference.tier = state.refTier;
    data.reference = reference;
  }

  // The key order of a group as in the examples: label, period, total, counts.
  data.groups = data.groups.map((g) => {
    const o = { label: g.label };
    if (g.period !== undefined) o.period = g.period;
    if (g.total !== undefined) o.total = g.total;
    if (g.shares) o.shares = g.shares;
    else o.counts = g.counts;
    return o;
  });
  const json = JSON.stringify(data);
  return { data, json, checks, format: nf, rowOfGroup, rowOfNote, colOfTier: tierCols, labelCol, periodCol, totalCol };
}

/** Reads a count (or total) cell, adding the cell's problems. `json` is what
 *  goes into the data: the number, or the text as written when it is not
 *  a number (the widget then refuses it too). */
function readCount(raw, fmt, at, add) {
  const cell = String(raw).trim();
  const n = parseNumber(cell, fmt);
  if (n.nil) {
    add('info', 'cell.nil', at, { cell });
    return { ok: true, value: 0, json: 0, number: 0 };
  }
  if (n.error) {
    const other = parseNumber(cell, fmt === 'vi' ? 'en' : 'vi');
    const hint = other.value !== undefined && other.whole && !other.percent && !other.negative;
    add('error', hint ? 'cell.otherFormat' : 'cell.nan', at, { cell, format: fmt });
    return { ok: false, json: cell };
  }
  if (n.percent) {
    add('error', 'cell.percent', at, { cell });
    return { ok: false, json: cell, percent: true, number: n.value };
  }
  if (n.negative) {
    add('error', 'cell.negative', at, { cell });
    return { ok: false, json: n.value, number: n.value };
  }
  if (!n.whole) {
    add('error', 'cell.fraction', at, { cell, format: fmt });
    return { ok: false, json: n.value, fraction: true, number: n.value };
  }
  if (n.tooLarge) {
    add('error', 'cell.tooLarge', at, { cell });
    return { ok: false, json: n.value };
  }
  return { ok: true, value: n.value, json: n.value, number: n.value };
}

/** Reads a share cell ("38 %", "15,2%") of shares-only data: a percentage
 *  from 0 to 100 with at most 3 decimals, as the format allows. */
function readShare(raw, fmt, at, add) {
  const cell = String(raw).trim();
  const n = parseNumber(cell, fmt);
  if (n.nil) {
    add('info', 'cell.nil', at, { cell });
    return { ok: true, value: 0, json: 0 };
  }
  if (n.error || !n.percent) {
    add('error', 'cell.nan', at, { cell, format: fmt });
    return { ok: false, json: cell };
  }
  if (n.negative || n.value > 100) {
    add('error', 'cell.shareRange', at, { cell });
    return { ok: false, json: n.value };
  }
  if (n.decimals > 3) {
    add('error', 'cell.shareDecimals', at, { cell });
    return { ok: false, json: n.value };
  }
  return { ok: true, value: n.value, json: n.value };
}

function labelChecks(label, max, at, add) {
  const n = [...label].length;
  if (n > 200) return; // the widget's own limit says it
  const longest = label.split(/[\s\-–—/]+/).reduce((m, w) => Math.max(m, [...w].length), 0);
  if (longest > LONG.word) add('warning', 'label.unbreakable', at, { n: longest });
  else if (n > max) add('warning', 'label.long', at, { n, max });
}

/** Where a widget issue's JSON path points in the editor. */
export function locate(path, built, state) {
  if (!path) return { kind: 'global' };
  const fieldOf = {
    title: 'title', subtitle: 'subtitle', notes: 'notes', locale: 'locale',
    source: 'sourceText', 'source.text': 'sourceText', 'source.url': 'sourceUrl',
    display: 'kind', 'display.kind': 'kind', 'display.values': 'values', 'display.decimals': 'decimals',
    'display.sort': 'sort', 'display.sort.by': 'sort', 'display.sort.tier': 'sort', 'display.sort.order': 'sortOrder',
    'display.highlight.tier': 'highlightTier',
    reference: 'refShare', 'reference.share': 'refShare', 'reference.label': 'refLabel', 'reference.tier': 'refTier',
  };
  if (fieldOf[path]) return { kind: 'field', field: fieldOf[path] };
  let m = /^annotations\[(\d+)\]/.exec(path);
  if (m) {
    const row = built.rowOfNote?.[Number(m[1])];
    return row === undefined ? { kind: 'global' } : { kind: 'note', row };
  }
  m = /^tiers\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const col = built.colOfTier[Number(m[1])];
    if (col === undefined) return { kind: 'global' };
    const part = m[2] === 'color' ? 'color' : m[2] === 'label' ? 'label' : m[2] === 'polarity' ? 'polarity' : undefined;
    return { kind: 'col', col, part };
  }
  m = /^groups\[(\d+)\](?:\.(\w+)(?:\.(.+))?)?/.exec(path);
  if (m) {
    const row = built.rowOfGroup[Number(m[1])];
    if (row === undefined) return { kind: 'global' };
    const periods = state.rowsAre === 'periods';
    const cellOr = (col) => (col >= 0 ? { kind: 'cell', row, col } : { kind: 'row', row });
    switch (m[2]) {
      case 'label':
        return periods ? { kind: 'field', field: 'groupName' } : cellOr(built.labelCol);
      case 'period':
        if (periods) return cellOr(built.labelCol);
        return built.periodCol >= 0 ? cellOr(built.periodCol) : { kind: 'field', field: 'period' };
      case 'total':
        return cellOr(built.totalCol);
      case 'counts':
      case 'shares': {
        if (!m[3]) return { kind: 'row', row };
        const col = state.columns.findIndex((c) => c.role === 'tier' && c.id === m[3]);
        return cellOr(col);
      }
      default:
        return { kind: 'row', row };
    }
  }
  return { kind: 'global' };
}

/** A key naming a location, to find its message slot. */
export function slotKey(at) {
  switch (at.kind) {
    case 'cell':
      return `cell:${at.row}:${at.col}`;
    case 'col':
      return `col:${at.col}`;
    case 'row':
      return `row:${at.row}`;
    case 'field':
      return `field:${at.field}`;
    case 'note':
      return `note:${at.row}`;
    default:
      return 'global';
  }
}

/** A file name from a title: "hai-duong-ket-qua-…". */
export function fileStem(title) {
  const s = fold(title || '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'rating-chart';
}
