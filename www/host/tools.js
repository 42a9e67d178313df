// The row of reader tools under the chart: a button per download format
// (the downloads themselves, downloads.js, load after the first chart).
import { el } from './dom.js';
import { fill } from './i18n.js';

const FORMATS = ['PNG', 'SVG', 'CSV'];

/** The download buttons of the tools row, in one group with a separator
 *  between two buttons (none after the last, so a row that wraps before
 *  the data table's toggle leaves no dot at a line's end); a button's
 *  `data-download` names its format. */
export function downloadButtons(w) {
  const group = el('span', 'dl');
  FORMATS.forEach((format, i) => {
    const b = el('button', null, format);
    b.type = 'button';
    b.setAttribute('aria-label', fill(w.download, { format }));
    b.dataset.download = format.toLowerCase();
    if (i > 0) group.append(el('span', 'sep', '·'));
    group.append(b);
  });
  return group;
}
