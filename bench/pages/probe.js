// The benchmark's instrument, inlined into the <head> of every generated
// page (so it costs no request and runs before anything else):
//   __bench.drawn  performance.now() when the chart's draw calls completed —
//                  our widget: its bubbling rating-chart:render event; the
//                  reference pages call __bench.markDrawn() themselves;
//   __bench.frame  the first animation frame after that (the frame that
//                  presents the chart);
//   __bench.fcp, __bench.lcp  first contentful paint and the latest
//                  largest-contentful-paint candidate (ms), for the static
//                  copy, which is visible before any script draws;
//   __bench.longTasks  durations of every long task (> 50 ms) since
//                  navigation start, __bench.tasks the same as
//                  { start, duration }; __bench.error  the first error seen;
//   console.debug('bench:frame') / ('bench:error')  said once each, when
//                  __bench.frame / __bench.error is first set: the driver
//                  waits for them (lib/browser.mjs drawnSignal) instead of
//                  polling the page, which would evaluate script in the
//                  page while it loads;
//   __bench.watchErrors()  (the error page only) records every change of the
//                  text of an error box (an element with class "error" or
//                  role "alert" in a shadow root) in __bench.errorBox, as
//                  { at: performance.now(), text }: the first entry is the
//                  box appearing, the last its final words.
// performance.now() counts from navigation start.
'use strict';

(() => {
  const bench = { drawn: null, frame: null, fcp: null, lcp: null, longTasks: [], tasks: [], error: null };
  bench.markDrawn = () => {
    if (bench.drawn !== null) return;
    bench.drawn = performance.now();
    requestAnimationFrame(() => {
      bench.frame = performance.now();
      console.debug('bench:frame');
    });
  };
  const failed = (message) => {
    if (bench.error !== null) return;
    bench.error = message;
    console.debug('bench:error');
  };
  bench.errorBox = [];
  bench.watchErrors = () => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const seen = () => {
        const box = root.querySelector('.error, [role="alert"]');
        // Its text nodes joined by spaces (textContent would run the
        // heading into the first line).
        const parts = [];
        if (box) {
          const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          while (walk.nextNode()) if (walk.currentNode.data.trim()) parts.push(walk.currentNode.data.trim());
        }
        const text = parts.join(' ');
        const last = bench.errorBox[bench.errorBox.length - 1];
        if (text && (!last || last.text !== text)) bench.errorBox.push({ at: performance.now(), text });
      };
      new MutationObserver(seen).observe(root, { childList: true, subtree: true, characterData: true });
      return root;
    };
  };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // No LCP in this browser.
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.longTasks.push(e.duration);
      bench.tasks.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('rating-chart:render', bench.markDrawn);
  document.addEventListener('rating-chart:error', (e) => {
    failed(e.detail.message);
  });
  window.addEventListener('error', (e) => {
    failed(String(e.message));
  });
})();
