// Light, dark or the reader's forced colours.
import { el } from './dom.js';

/** Whether `element`'s chart is dark: its `theme` attribute, else the
 *  page's own `color-scheme`, else the reader's preference. */
export function isDark(element) {
  const attr = element.getAttribute('theme');
  if (attr === 'dark' || attr === 'light') return attr === 'dark';
  const page = getComputedStyle(document.documentElement).colorScheme || 'normal';
  const words = page.split(/\s+/);
  if (words.includes('dark') && !words.includes('light')) return true;
  if (words.includes('light') && !words.includes('dark')) return false;
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Paints `chart` light or dark, its `frame` too; forced colours (the
 *  system's, read from a probe in `frame`) win. A chart whose data fixes
 *  its look (`chart.look`) keeps it whatever is asked, and so does every
 *  part of the frame: its colours, and light or dark as the look is. */
export function applyTheme(chart, frame, dark) {
  frame.classList.toggle('dark', dark);
  frame.classList.remove('fixed');
  if (matchMedia('(forced-colors: active)').matches) {
    const probe = el('span');
    probe.style.cssText = 'color: CanvasText; background-color: Canvas';
    frame.append(probe);
    const cs = getComputedStyle(probe);
    const [ink, paper] = [cs.color, cs.backgroundColor];
    probe.remove();
    chart.setForcedColors(paper, ink);
  } else {
    chart.setTheme(dark ? 'dark' : 'light');
    // "light|dark PAPER INK MUTED", or nothing when the look is the reader's.
    const look = chart.look?.split(' ');
    if (look) {
      frame.classList.toggle('dark', look[0] === 'dark');
      frame.classList.add('fixed');
      frame.style.setProperty('--rc-paper', look[1]);
      frame.style.setProperty('--rc-ink', look[2]);
      frame.style.setProperty('--rc-muted', look[3]);
    }
  }
}
