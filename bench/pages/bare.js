// The benchmark's floor: the same 100 % stacked bar chart drawn with
// hand-written 2D-context calls and no library. It follows the widget's
// wide layout (src/layout/stacked.rs: paddings, fonts, legend flow, label
// column, bar thickness fitted to the requested height within 12–48 px,
// 1 px separators, share labels where they fit) and, like the widget, makes
// the chart as tall as its content; a chart taller than 2,400 CSS px (the
// widget's SCROLL_ABOVE_PX) shows a band of `data-view` CSS px (720, the
// widget's VIEW_PX) in a box that scrolls, and paints only that band, again
// as the widget does. Hover is the minimum a reader expects:
// hit-test by row then segment, outline the segment under the pointer
// (repainting only the two segments that change) and a DOM tooltip under
// it; nothing else happens while the pointer stays on one segment.
//
// Page contract: <canvas id="chart" data-height="400" data-view="720"> inside
// a positioned container, the data in <script type="application/json" id="data">, and
// rating-data.js loaded first. Calls window.__bench.markDrawn() when drawn
// and leaves its rows (bar positions) in window.__bench.rows for the harness.
'use strict';

(() => {
  const { read, COLORS, TEXT_ON, INK, INK_MUTED, FONT_FAMILY } = window.RatingData;
  const canvas = document.getElementById('chart');
  const ctx = canvas.getContext('2d');
  const data = read(document.getElementById('data').textContent);
  const font = (size, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;

  const widths = new Map();
  function measure(text, f) {
    const key = `${f}\n${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = f;
      w = ctx.measureText(text).width;
      widths.set(key, w);
    }
    return w;
  }

  /** Greedy word wrap; a word longer than the line stays whole. */
  function wrap(text, f, maxWidth) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, f) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    lines.push(line);
    return lines;
  }

  /** Lays the chart out at `width` with bars `barH` px thick. */
  function build(width, barH) {
    const pad = 16;
    const inner = width - 2 * pad;
    const ops = [];
    const rows = [];
    const text = (s, x, y, f, color, align = 'left') => ops.push({ s, x, y, f, color, align });
    let y = pad;
    const paragraph = (s, size, bold, color) => {
      const lh = Math.round(size * 1.3);
      for (const line of wrap(s, font(size, bold), inner)) {
        text(line, pad, y + lh / 2, font(size, bold), color);
        y += lh;
      }
    };
    paragraph(data.title, 20, true, INK);
    y += 2;
    paragraph(data.subtitle, 14, false, INK_MUTED);
    y += 10;

    const lf = font(13);
    const llh = 17;
    let x = pad;
    let legendRow = 0;
    data.tiers.forEach((label, i) => {
      const lines = wrap(label, lf, inner - 18);
      const entryW = 18 + Math.max(...lines.map((l) => measure(l, lf)));
      if (x > pad && x + entryW > pad + inner) {
        x = pad;
        y += legendRow + 4;
        legendRow = 0;
      }
      ops.push({ x: Math.round(x), y: Math.round(y + (llh - 12) / 2), w: 12, h: 12, fill: COLORS[i] });
      lines.forEach((l, k) => text(l, x + 18, y + llh * k + llh / 2, lf, INK));
      legendRow = Math.max(legendRow, llh * lines.length);
      x += entryW + 16;
    });
    y += legendRow + 14;

    const gf = font(14);
    const tf = font(12);
    const [glh, tlh] = [18, 16];
    const widest = Math.max(...data.rows.map((r) => measure(r.label, gf)));
    const labelCol = Math.ceil(Math.max(60, Math.min(widest, inner * 0.32)));
    const x0 = Math.round(pad + labelCol + 12);
    const barW = Math.round(pad + inner) - x0;
    for (const r of data.rows) {
      const lines = wrap(r.label, gf, labelCol);
      const blockH = glh * lines.length + tlh;
      const rowH = Math.max(blockH, barH);
      const blockTop = y + (rowH - blockH) / 2;
      lines.forEach((l, k) => text(l, pad, blockTop + glh * k + glh / 2, gf, INK));
      text(r.totalText, pad, blockTop + glh * lines.length + tlh / 2, tf, INK_MUTED);
      const top = Math.round(y + (rowH - barH) / 2);
      const segs = [];
      const last = r.counts.findLastIndex((c) => c > 0);
      let cum = 0;
      r.counts.forEach((c, k) => {
        const xa = x0 + Math.round((barW * cum) / r.total);
        cum += c;
        const xb = x0 + Math.round((barW * cum) / r.total);
        const gap = k < last && xb - xa >= 2 ? 1 : 0;
        const seg = { x: xa, y: top, w: Math.max(0, xb - xa - gap), h: barH, fill: COLORS[k], tier: k, row: r };
        seg.showLabel = c > 0 && measure(r.labels[k], tf) + 8 <= seg.w && barH >= 16;
        segs.push(seg);
      });
      rows.push({ top, h: barH, segs });
      y += rowH + 14;
    }
    y += 2;
    paragraph(data.source, 12, false, INK_MUTED);
    return { ops, rows, height: Math.ceil(y + pad) };
  }

  const ratio = window.devicePixelRatio || 1;
  const width = canvas.parentElement.clientWidth;
  const wanted = Number(canvas.dataset.height) || 0;
  // A chart taller than this at its natural 28 px bars shows a band of
  // `view` px at `top`, in a box that scrolls, and keeps its natural bars.
  const SCROLL_ABOVE = 2400;
  let scene = build(width, 28);
  if (wanted > 0 && scene.height <= SCROLL_ABOVE) {
    const bar = Math.floor(Math.min(48, Math.max(12, 28 + (wanted - scene.height) / data.rows.length)));
    if (bar !== 28) scene = build(width, bar);
  }
  const height = Math.max(scene.height, wanted);
  const view = Number(canvas.dataset.view) > 0 && height > SCROLL_ABOVE ? Number(canvas.dataset.view) : 0;
  let top = 0;

  function paintSegment(s, hot) {
    ctx.fillStyle = s.fill;
    ctx.fillRect(s.x, s.y, s.w, s.h);
    if (hot) {
      ctx.strokeStyle = INK;
      ctx.lineWidth = 2;
      ctx.strokeRect(s.x + 1, s.y + 1, s.w - 2, s.h - 2);
    }
    if (s.showLabel) {
      ctx.font = font(12);
      ctx.fillStyle = TEXT_ON[s.tier];
      ctx.textAlign = 'center';
      ctx.fillText(s.row.labels[s.tier], s.x + s.w / 2, s.y + s.h / 2);
    }
  }

  const shown = view || height;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(shown * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${shown}px`;
  if (view) {
    // The box scrolls; the canvas stays in view and a spacer gives the
    // scroll height, as the widget's stage does.
    const box = canvas.parentElement;
    box.style.height = `${view}px`;
    box.style.overflowY = 'auto';
    canvas.style.position = 'sticky';
    canvas.style.top = '0';
    canvas.style.display = 'block';
    const spacer = document.createElement('div');
    spacer.style.height = `${height - view}px`;
    canvas.after(spacer);
  }

  /** Paints the band [top, top + shown) of the chart. */
  function paint() {
    const [from, to] = [top - 48, top + shown + 48];
    ctx.setTransform(ratio, 0, 0, ratio, 0, -top * ratio);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, top, width, shown);
    ctx.textBaseline = 'middle';
    for (const op of scene.ops) {
      if (op.y < from || op.y > to) continue;
      if (op.s === undefined) {
        ctx.fillStyle = op.fill;
        ctx.fillRect(op.x, op.y, op.w, op.h);
      } else {
        ctx.font = op.f;
        ctx.fillStyle = op.color;
        ctx.textAlign = op.align;
        ctx.fillText(op.s, op.x, op.y);
      }
    }
    for (const r of scene.rows) {
      if (r.top + r.h < from || r.top > to) continue;
      for (const s of r.segs) paintSegment(s, false);
    }
  }
  paint();
  window.__bench.rows = scene.rows;
  window.__bench.markDrawn();

  /** The segment under (x, y) in CSS px: binary search on rows, then a scan. */
  function hit(x, y) {
    let lo = 0;
    let hi = scene.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = scene.rows[mid];
      if (y < r.top) hi = mid - 1;
      else if (y >= r.top + r.h) lo = mid + 1;
      else return r.segs.find((s) => x >= s.x && x < s.x + s.w) || null;
    }
    return null;
  }

  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  canvas.parentElement.append(tip);
  let hot = null;
  if (view) {
    let frame = 0;
    canvas.parentElement.addEventListener('scroll', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        top = canvas.parentElement.scrollTop;
        hot = null;
        tip.hidden = true;
        paint();
      });
    });
  }
  canvas.addEventListener('pointermove', (e) => {
    const s = hit(e.offsetX, e.offsetY + top);
    if (s !== hot) {
      if (hot) paintSegment(hot, false);
      if (s) paintSegment(s, true);
      hot = s;
      tip.hidden = !s;
      if (s) {
        tip.textContent = `${s.row.label} · ${data.tiers[s.tier]}: ${s.row.labels[s.tier] || '0'} (${s.row.counts[s.tier]})`;
        tip.style.transform = `translate(${s.x}px, ${s.y + s.h + 4}px)`;
      }
    }
  });
  canvas.addEventListener('pointerleave', () => {
    if (hot) paintSegment(hot, false);
    hot = null;
    tip.hidden = true;
  });
})();
