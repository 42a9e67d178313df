// The reader's downloads: the chart as PNG (drawn at 2×) or SVG, its data
// as CSV — every file made by the module, saved through a temporary link.
// Imported when a reader first asks for a download (element.js): a file of
// its own in the CDN copy, which imports nothing of the host's first file
// (the full module's loader comes as an argument). The buttons are
// tools.js's.

/** Saves a blob as a file through a temporary link. */
function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A file name from a title: ASCII letters and digits, dashes between. */
function slug(text) {
  const s = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'rating-chart';
}

/** Downloads `chart` as `png`, `svg` or `csv`; resolves when the file is
 *  handed to the browser. The PNG is a copy drawn by `mod` (the reader's
 *  module) from `json`, at the chart's size on screen and in its `theme`;
 *  the SVG a copy drawn the same way by the full module, which
 *  `loadFull()` loads for it (SVG export is not in the reader's module). */
export async function download(chart, format, { mod, json, theme, loadFull }) {
  const name = slug(chart.title || 'rating-chart');
  const size = { width: chart.width, height: chart.height, theme };
  if (format === 'svg') {
    const full = await loadFull();
    const copy = new full.RatingChart(document.createElement('canvas'), json, undefined, { ...size, ratio: 1 });
    try {
      save(new Blob([copy.toSvg()], { type: 'image/svg+xml' }), `${name}.svg`);
    } finally {
      copy.free();
    }
  } else if (format === 'csv') {
    // A byte order mark: spreadsheets then read the file as UTF-8.
    save(new Blob(['\ufeff', chart.csv()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  } else if (format === 'png') {
    const canvas = document.createElement('canvas');
    const copy = new mod.RatingChart(canvas, json, undefined, { ...size, ratio: 2 });
    const blob = await new Promise((done) => canvas.toBlob(done, 'image/png'));
    copy.free();
    if (blob) save(blob, `${name}.png`);
  }
}
