// The tooltip: the figure under the pointer or the keyboard focus, built
// with textContent, measured once per datum and placed where it covers
// nothing it describes.
import { el } from './dom.js';

/** Which datum `info` is (null for none): one tooltip, one hover event per datum. */
export function datumKey(info) {
  return info ? `${info.group}:${info.tier}` : null;
}

export class Tooltip {
  /** `node`: the tooltip's element inside `stage`; `viewportTop()`: where
   *  the band a tall chart shows starts, in chart coordinates. */
  constructor(node, stage, viewportTop) {
    this.node = node;
    this.stage = stage;
    this.viewportTop = viewportTop;
    this.key = null;
    // Its three lines are made once: another datum only changes their
    // texts (no new elements for the browser to style).
    this.lines = ['g', 't', 'v'].map((c) => node.appendChild(el('div', c, ' ')).firstChild);
    // Names in Arabic or Hebrew read right to left, as on the canvas.
    this.lines[0].parentNode.dir = this.lines[1].parentNode.dir = 'auto';
    node.hidden = true;
    node.setAttribute('aria-hidden', 'true');
  }

  /** Shows the tooltip for `info`: above or below its segment when the
   *  mark is one rectangle; for other marks (a donut's arc, a waffle's
   *  squares, a line's point) at `point`, where the pointer met the mark,
   *  or at the mark's middle for the keyboard. */
  show(info, point) {
    const key = datumKey(info);
    if (key !== this.key) {
      this.key = key;
      this.info = info;
      this.at = info.rect ? null : point ?? [info.cx, info.cy];
      const [g, t, v] = this.lines;
      g.data = info.period ? `${info.groupLabel} · ${info.period}` : info.groupLabel;
      t.data = info.tierLabel;
      // Only what exists: shares-only data has no count.
      v.data = [info.count, info.share].filter(Boolean).join(' · ');
      t.parentNode.style.setProperty('--swatch', info.color);
      this.node.hidden = false;
      // Measured once per datum, not per pointer move.
      this.size = [this.node.offsetWidth, this.node.offsetHeight];
    }
    this.place();
  }

  hide() {
    this.node.hidden = true;
    this.key = null;
  }

  /** Positions the tooltip: centred on its anchor, inside the chart and the
   *  viewport; above the datum (or the point) or below it when there is no
   *  room above, never over a rectangle; never past the chart's bottom
   *  (an iframe would have to grow, a page to scroll). */
  place() {
    const { info, at } = this;
    const [tw, th] = this.size;
    const box = this.stage.getBoundingClientRect();
    let left = (at ? at[0] : info.x + info.w / 2) - tw / 2;
    left = Math.min(left, box.width - tw, window.innerWidth - box.left - tw - 4);
    left = Math.max(left, 0, 4 - box.left);
    const y = (at ? at[1] : info.y) - this.viewportTop();
    let top = y - th - (at ? 12 : 8);
    // Below: under the rectangle, or under the pointer's arrow.
    if (top < 0 || box.top + top < 0) top = at ? y + 20 : y + info.h + 8;
    top = Math.max(0, Math.min(top, box.height - th));
    this.node.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}
