// Reading what an editor pastes: CSV / TSV text (as a spreadsheet copies it)
// and numbers written the Vietnamese way (13.886; 8,3 %) or the English way
// (13,886; 8.3%). Pure functions: no DOM, so Node can test them too.

/** What a pasted text looks like: 'json', 'tsv', 'csv' or 'empty'. */
export function sniffKind(text) {
  const s = stripBom(String(text)).trim();
  if (!s) return 'empty';
  if (s[0] === '{' || s[0] === '[') return 'json';
  const first = s.split(/\r\n|\n|\r/, 1)[0];
  return first.includes('\t') ? 'tsv' : 'csv';
}

export function stripBom(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter of a CSV text: tab, semicolon or comma (the most frequent
 *  outside quotes on the first line; a tie goes to the comma). */
export function sniffDelimiter(text) {
  const s = stripBom(String(text));
  const counts = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] += 1;
  }
  if (counts['\t'] > 0) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/**
 * Splits delimited text into rows of cells (RFC 4180 quoting: a quoted cell
 * may hold the delimiter, line breaks and "" for a quote). Trailing empty
 * lines and columns that are empty everywhere at the right are dropped;
 * every row gets the same number of cells.
 */
export function parseDelimited(text, delimiter = sniffDelimiter(text)) {
  const s = stripBom(String(text));
  const rows = [];
  let row = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    row.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      cell = '';
      i += 1;
    } else if (ch === delimiter) {
      endCell();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      // Text after a closing quote is kept, as spreadsheets do.
      cell += ch;
      i += 1;
    }
  }
  if (cell !== '' || row.length > 0 || wasQuoted) endRow();
  // Drop trailing empty lines.
  while (rows.length && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  let width = Math.max(0, ...rows.map((r) => r.length));
  // Drop columns that are empty in every row, at the right only.
  while (width > 0 && rows.every((r) => (r[width - 1] ?? '').trim() === '')) width -= 1;
  return rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
}

const GROUP_SPACES = ' \u00a0\u202f\u2009';
const SEPARATORS = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};
const MAX_SAFE = 9007199254740991n;

function esc(ch) {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS = {};
function pattern(format) {
  if (!PATTERNS[format]) {
    const { group, decimal } = SEPARATORS[format];
    const g = `[${esc(group)}${GROUP_SPACES}]`;
    PATTERNS[format] = new RegExp(`^(\\d{1,3}(?:(${g})\\d{3}(?:\\2\\d{3})*)|\\d+)(?:${esc(decimal)}(\\d+))?$`);
  }
  return PATTERNS[format];
}

/**
 * Reads one cell as a number in `format` ('vi' or 'en').
 * Returns { empty: true } for a blank cell, { error: 'nan' } when it is not
 * a number in that format, else { value, negative, percent, decimals,
 * whole, tooLarge, intText } where `decimals` is the number of digits after
 * the decimal separator as written and `whole` says the value has no
 * fractional part. A lone dash ("-", "–", "—", "−"; with "%" in a table of
 * percentages) is how statistical tables write nil, nothing to count: it
 * reads as 0 with `nil: true`, so that the editor can say so.
 */
export function parseNumber(raw, format) {
  let s = String(raw ?? '').trim();
  if (s === '') return { empty: true };
  const dash = /^[-\u2212\u2013\u2014]\s*(%?)$/.exec(s);
  if (dash) {
    return { value: 0, nil: true, negative: false, percent: dash[1] === '%', decimals: 0, whole: true, tooLarge: false, grouped: false, intText: '0', fracText: '' };
  }
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let negative = false;
  if (/^[-\u2212\u2013]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s[0] === '+') {
    s = s.slice(1).trim();
  }
  const m = pattern(format).exec(s);
  if (!m) return { error: 'nan' };
  const intText = m[1].replace(/[^0-9]/g, '');
  const frac = m[3] ?? '';
  const big = BigInt(intText);
  const value = Number(`${intText}${frac ? `.${frac}` : ''}`) * (negative ? -1 : 1);
  return {
    value: Object.is(value, -0) ? 0 : value,
    negative: negative && value !== 0,
    percent,
    decimals: frac.length,
    whole: /^0*$/.test(frac),
    tooLarge: big > MAX_SAFE,
    grouped: m[2] !== undefined,
    intText,
    fracText: frac,
  };
}

/** Whether a cell reads as a number in either format. */
export function looksNumeric(raw) {
  const a = parseNumber(raw, 'vi');
  const b = parseNumber(raw, 'en');
  return a.value !== undefined || b.value !== undefined;
}

/** Whether a cell reads, in `format`, as a plausible figure of a rating
 *  table: a count written without decimals, or a percentage. */
function plausible(raw, format) {
  const r = parseNumber(raw, format);
  if (r.value === undefined) return false;
  return r.percent || r.decimals === 0;
}

/**
 * Guesses the number format of the cells of count columns. Returns
 * { format: 'vi' | 'en' | null, evidence: cell text | null, votes: {vi, en} }:
 * the format under which more cells read as plausible figures, and the first
 * cell that told them apart. `format` is null when nothing tells them apart
 * (no separators: both read the same).
 */
export function guessNumberFormat(cells) {
  const votes = { vi: 0, en: 0 };
  const evidence = { vi: null, en: null };
  for (const raw of cells) {
    const s = String(raw ?? '').trim();
    if (!s) continue;
    const vi = plausible(s, 'vi');
    const en = plausible(s, 'en');
    if (vi && !en) {
      votes.vi += 1;
      evidence.vi ??= s;
    } else if (en && !vi) {
      votes.en += 1;
      evidence.en ??= s;
    }
  }
  if (votes.vi === votes.en) return { format: null, evidence: null, votes };
  const format = votes.vi > votes.en ? 'vi' : 'en';
  return { format, evidence: evidence[format], votes };
}

/** Lower case, without diacritics (đ → d): for matching words. */
export function fold(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

const RESERVED = new Set([
  '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
  'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', 'toString', 'valueOf',
]);

/** A tier id (letters, digits, _ and -, at most 64) from a column name,
 *  different from every id in `taken`. */
export function makeId(name, taken, fallback = 'tier') {
  let id = fold(name)
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 56);
  if (!id) id = fallback;
  if (RESERVED.has(id)) id = `${id}_tier`;
  let out = id;
  for (let n = 2; taken.has(out); n += 1) out = `${id}_${n}`;
  return out;
}

export const isReservedId = (id) => RESERVED.has(id);

// Column names that say what a column holds (compared without diacritics).
const TOTAL_RE = /^(total|totals|sum|all|overall|n|tong|tong so|tong cong|cong|tat ca|so luong|sl)\b/;
const PERIOD_RE = /^(period|year|years|quarter|month|date|nam|ky|giai doan|quy|thang|dot)\b/;
const LABEL_RE = /^(group|groups|name|category|unit|organisation|organization|nhom|ten|don vi|to chuc|doi tuong|loai)\b/;

/** What a column name suggests: 'total', 'period', 'label' or null. */
export function roleFromName(name) {
  const f = fold(name);
  if (!f) return null;
  if (TOTAL_RE.test(f)) return 'total';
  if (PERIOD_RE.test(f)) return 'period';
  if (LABEL_RE.test(f)) return 'label';
  return null;
}

// Words that suggest a tier's polarity, tried in this order (so that
// "không hoàn thành" is negative and "neither agree nor disagree" neutral).
const POLARITY_WORDS = [
  ['neutral', /\b(neither|neutral|trung lap|khong y kien|undecided|no opinion)\b/],
  ['negative', /\b(fail|failed|failing|poor|bad|very bad|disagree|dissatisfied|unsatisfied|disapprove|oppose|against|worse|negative|khong|kem|yeu|chua dat|khong dat|phan doi)\b/],
  ['positive', /\b(excellent|outstanding|very good|good|great|agree|satisfied|approve|support|better|positive|xuat sac|tot|kha|dong y|hai long|ung ho|dat)\b/],
  ['neutral', /\b(completed|complete|average|fair|ok|okay|medium|mixed|hoan thanh|trung binh|binh thuong)\b/],
];

/** A polarity guessed from a tier's name, or ''. */
export function polarityFromName(name) {
  const f = fold(name);
  for (const [polarity, re] of POLARITY_WORDS) if (re.test(f)) return polarity;
  return '';
}

/** Does the first row hold column names? Yes when one of its cells is text
 *  where the rows below hold numbers, or when it is all text above numbers. */
export function guessHeader(rows) {
  if (rows.length < 2) return rows.length === 1 && rows[0].every((c) => c.trim() === '' || !looksNumeric(c)) && rows[0].some((c) => c.trim());
  const [first, ...rest] = rows;
  return first.some((c, j) => c.trim() !== '' && !looksNumeric(c) && rest.some((r) => looksNumeric(r[j] ?? '')));
}

/** Share of the non-empty cells of column `j` that read as numbers. */
export function numericShare(rows, j) {
  const cells = rows.map((r) => (r[j] ?? '').trim()).filter(Boolean);
  if (!cells.length) return null;
  return cells.filter(looksNumeric).length / cells.length;
}
