// Charts start only when they come near the viewport, so nothing heavy
// (data, wasm) loads for charts far down the page; fonts that finish
// loading make every chart measure its text again.

/** How far outside the viewport (CSS px) a chart counts as near. */
const NEAR_PX = 400;

/** Whether the element is within NEAR_PX of the viewport now: a chart in
 *  view starts at once instead of a frame later, when an
 *  IntersectionObserver would first report. */
export function isNear(element) {
  const r = element.getBoundingClientRect();
  const h = window.innerHeight || document.documentElement.clientHeight;
  const w = window.innerWidth || document.documentElement.clientWidth;
  return r.bottom >= -NEAR_PX && r.top <= h + NEAR_PX && r.right >= 0 && r.left <= w && (r.width > 0 || r.height > 0);
}

let nearObserver = null;
/** What each observed element does when it comes near. */
const starts = new WeakMap();

/** Calls `start` once the element comes near the viewport (at once when
 *  `near`, without IntersectionObserver, or with loading="eager");
 *  returns a function that stops waiting. */
export function whenNear(element, near, start) {
  if (near || typeof IntersectionObserver !== 'function' || element.getAttribute('loading') === 'eager') {
    start();
    return () => {};
  }
  if (!nearObserver) {
    nearObserver = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) {
          nearObserver.unobserve(e.target);
          const started = starts.get(e.target);
          starts.delete(e.target);
          started?.();
        }
      }
    }, { rootMargin: `${NEAR_PX}px 0px` });
  }
  starts.set(element, start);
  nearObserver.observe(element);
  return () => {
    starts.delete(element);
    nearObserver.unobserve(element);
  };
}

let fontsWatched = false;
/** Calls `changed` whenever a font finishes loading (a web font named by
 *  the page or the data's theme); set up once per page. */
export function watchFonts(changed) {
  if (fontsWatched || !document.fonts || typeof document.fonts.addEventListener !== 'function') return;
  fontsWatched = true;
  document.fonts.addEventListener('loadingdone', changed);
}

/** How long (ms) loading="interaction" waits for idle time at most, once
 *  the page has loaded. */
const IDLE_TIMEOUT_MS = 4000;

/** loading="interaction": calls `start` once, at the first of: idle time
 *  after the page has loaded, the reader's first pointer or focus on the
 *  element, or a scroll that brings it near the viewport. Meanwhile the
 *  element shows its static copy (or placeholder) and loads nothing.
 *  Returns a function that stops waiting. */
export function whenUsed(element, start) {
  let done = false;
  const undo = [];
  const go = () => {
    if (done) return;
    done = true;
    stop();
    start();
  };
  const stop = () => {
    for (const u of undo.splice(0)) u();
  };
  const on = (target, type, handler, options) => {
    target.addEventListener(type, handler, options);
    undo.push(() => target.removeEventListener(type, handler, options));
  };
  for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin']) on(element, type, go, { passive: true });
  on(window, 'scroll', () => { if (isNear(element)) go(); }, { passive: true });
  const idle = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
      undo.push(() => cancelIdleCallback(id));
    } else {
      const id = setTimeout(go, 200);
      undo.push(() => clearTimeout(id));
    }
  };
  if (document.readyState === 'complete') idle();
  else on(window, 'load', idle, { once: true });
  return () => {
    done = true;
    stop();
  };
}
