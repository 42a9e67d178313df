// The row of reader tools under the chart: a button per download format
// (the downloads themselves, downloads.js, load after the first chart).
import { el } from './dom.js';
import { fill } from './i18n.js';

const FORMATS = ['PNG', 'SVG', 'CSV'];

/** The download buttons of the tools row, each followed by a separator;
 *  a button's `data-download` names its format. */
export function downloadButtons(w) {
  return FORMATS.flatMap((format) => {
    const b = el('button', null, format);
    b.type = 'button';
    b.setAttribute('aria-label', fill(w.download, { format }));
    b.dataset.download = format.toLowerCase();
    return [b, el('span', 'sep', '·')];
  });
}
