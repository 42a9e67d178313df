// The benchmark's reference: Chart.js 4 (the UMD build from npm) drawing the
// same 100 % stacked horizontal bar chart a newsroom developer would make
// with it — shares computed from the counts (rating-data.js), the widget's
// colours, title, subtitle, legend, group labels with their totals, share
// labels inside the segments where they fit (a small plugin: Chart.js has no
// data labels of its own) and the source line. Animation is off, so the
// constructor draws synchronously; its default hover and tooltip stay on.
//
// Page contract: <canvas id="chart"> in a sized, positioned container, the
// data in <script type="application/json" id="data">, chart.umd.min.js and
// rating-data.js loaded first. Calls window.__bench.markDrawn() when drawn
// and leaves the chart in window.__bench.chart for the harness.
'use strict';

(() => {
  const { read, COLORS, TEXT_ON, INK, INK_MUTED, FONT_FAMILY } = window.RatingData;
  const data = read(document.getElementById('data').textContent);
  const LABEL_FONT = `12px ${FONT_FAMILY}`;

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
  const chart = new Chart(document.getElementById('chart'), {
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
        y: { stacked: true, grid: { display: false }, ticks: { font: { size: 14 } } },
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
})();
