// The benchmark's reference: Chart.js 4 (the UMD build from npm) drawing the
// same 100 % stacked horizontal bar chart a newsroom developer would make
// with it — shares computed from the counts (rating-data.js), the widget's
// colours, title, subtitle, legend, group labels with their totals, share
// labels inside the segments where they fit (a small plugin: Chart.js has no
// data labels of its own) and the source line. Animation is off, so the
// constructor draws synchronously; its default hover and tooltip stay on.
//
// Many groups (issue 21): where the widget's chart would be taller than
// 2,400 CSS px it shows a 720 px band that scrolls and paints only that
// band; so does this page, the way a developer would do it with Chart.js: a
// 720 px canvas kept in view inside a box that scrolls (a spacer gives the
// scroll height), showing the groups the widget's first band shows (the
// y axis's min and max, moved on scroll). Every group's data is still given
// to Chart.js, which parses and stacks it all.
//
// Page contract: <canvas id="chart"> in a sized, positioned container
// (data-view="720" on the container: the band of a tall chart), the
// data in <script type="application/json" id="data">, chart.umd.min.js and
// rating-data.js loaded first. Calls window.__bench.markDrawn() when drawn
// and leaves the chart in window.__bench.chart for the harness.
'use strict';

(() => {
  const { read, COLORS, TEXT_ON, INK, INK_MUTED, FONT_FAMILY } = window.RatingData;
  const data = read(document.getElementById('data').textContent);
  const LABEL_FONT = `12px ${FONT_FAMILY}`;
  const canvas = document.getElementById('chart');
  const box = canvas.parentElement;

  // A tall chart (the widget's rule: taller than 2,400 CSS px at its 48 px
  // per group): a band of `view` px showing `inView` groups, as many as the
  // widget's first band shows at 640 px (title, subtitle and legend take
  // its first 127 px).
  const ROW_PX = 48;
  const HEADER_PX = 127;
  const view = Number(box.dataset.view) || 0;
  const n = data.rows.length;
  const tall = view > 0 && HEADER_PX + n * ROW_PX > 2400;
  const inView = tall ? Math.floor((view - HEADER_PX) / ROW_PX) : n;
  let first = 0;
  if (tall) {
    box.classList.remove('fixed');
    box.style.height = `${view}px`;
    box.style.overflowY = 'auto';
    const band = document.createElement('div');
    band.style.cssText = `position: sticky; top: 0; height: ${view}px;`;
    box.insertBefore(band, canvas);
    band.append(canvas);
    const spacer = document.createElement('div');
    spacer.style.height = `${(n - inView) * ROW_PX}px`;
    box.append(spacer);
  }

  /** Share labels centred in each segment wide enough, and the source line. */
  const labels = {
    id: 'shareLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = LABEL_FONT;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((_, tier) => {
        chart.getDatasetMeta(tier).data.forEach((bar, row) => {
          if (row < first || row >= first + inView) return;
          const text = data.rows[row].labels[tier];
          const width = Math.abs(bar.x - bar.base);
          if (text && bar.height >= 16 && ctx.measureText(text).width + 8 <= width) {
            ctx.fillStyle = TEXT_ON[tier];
            ctx.fillText(text, (bar.x + bar.base) / 2, bar.y);
          }
        });
      });
      ctx.restore();
    },
    afterDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = LABEL_FONT;
      ctx.fillStyle = INK_MUTED;
      ctx.textBaseline = 'bottom';
      ctx.fillText(data.source, 16, chart.height - 12);
      ctx.restore();
    },
  };

  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.color = INK;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.rows.map((r) => [r.label, r.totalText]),
      datasets: data.tiers.map((label, tier) => ({
        label,
        data: data.rows.map((r) => r.percents[tier]),
        backgroundColor: COLORS[tier],
        borderColor: '#ffffff',
        borderWidth: { right: 1 },
        borderSkipped: false,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { left: 16, right: 16, top: 16, bottom: 32 } },
      scales: {
        x: { stacked: true, min: 0, max: 100, ticks: { callback: (v) => `${v}\u00a0%` } },
        y: { stacked: true, grid: { display: false }, ticks: { font: { size: 14 } }, ...(tall ? { min: 0, max: inView - 1 } : {}) },
      },
      plugins: {
        title: { display: true, text: data.title, align: 'start', font: { size: 20, weight: 'bold' } },
        subtitle: { display: true, text: data.subtitle, align: 'start', color: INK_MUTED, font: { size: 14 } },
        legend: { align: 'start', labels: { boxWidth: 12, boxHeight: 12, font: { size: 13 } } },
        tooltip: {
          callbacks: {
            title: (items) => data.rows[items[0].dataIndex].label,
            label: (item) => `${item.dataset.label}: ${data.rows[item.dataIndex].labels[item.datasetIndex] || '0'}`,
          },
        },
      },
    },
    plugins: [labels],
  });
  window.__bench.chart = chart;
  window.__bench.markDrawn();

  if (tall) {
    let frame = 0;
    box.addEventListener('scroll', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const at = Math.min(n - inView, Math.floor(box.scrollTop / ROW_PX));
        if (at === first) return;
        first = at;
        chart.options.scales.y.min = first;
        chart.options.scales.y.max = first + inView - 1;
        chart.update('none');
      });
    });
  }
})();
