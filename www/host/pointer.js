// The pointer on the chart's canvas: mouse and pen hover, touch taps, and
// clicks on the legend. Positions are in the whole chart's coordinates (a
// tall chart shows only the band that starts at its viewportTop).

/** Wires the pointer events of `canvas` through `host`: `listen(target,
 *  type, handler)` adds a listener removed with the chart, `chart()` is the
 *  wasm chart, `hover(info, point)` shows a datum (null: none) and
 *  `toggleTier(tier)` emphasises a tier. Returns `forget()`, called when
 *  the tooltip changes for another reason (the keyboard, a new layout). */
export function wirePointer(canvas, { listen, chart, hover, toggleTier }) {
  /** The rectangle of the datum under the pointer, while it is one. */
  let inside = null;
  const point = (e) => {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top + chart().viewportTop];
  };
  // A mark that is not one rectangle (a donut's arc, a waffle's squares,
  // a line's point) gets the tooltip where the pointer met it.
  const show = (datum, x, y) => hover(datum, datum && !datum.rect ? [x, y] : undefined);
  const leave = () => {
    chart().pointerLeave();
    hover(null);
  };
  listen(canvas, 'pointermove', (e) => {
    if (e.pointerType === 'touch') return;
    const [x, y] = point(e);
    // Still inside the rectangle of the datum under the pointer: nothing
    // changes, and wasm is not even asked.
    const r = inside;
    if (r && x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return;
    // Same datum: nothing to do. The tooltip stays anchored to its
    // datum (as Chart.js and Datawrapper anchor theirs): moving it with
    // every pointer move would repaint the page's layers each frame.
    const moved = chart().pointerMove(x, y);
    if (moved === undefined) return;
    canvas.style.cursor = moved.legend ? 'pointer' : '';
    show(moved.datum, x, y);
    inside = moved.datum && moved.datum.rect ? moved.datum : null;
  });
  listen(canvas, 'pointerleave', (e) => {
    if (e.pointerType !== 'touch') leave();
  });
  // Touch: a tap shows the figure and keeps it until a tap elsewhere.
  listen(canvas, 'pointerdown', (e) => {
    if (e.pointerType !== 'touch') return;
    const [x, y] = point(e);
    const moved = chart().pointerMove(x, y);
    if (moved !== undefined) show(moved.datum, x, y);
  });
  listen(document, 'pointerdown', (e) => {
    if (e.pointerType === 'touch' && !e.composedPath().includes(canvas)) leave();
  });
  listen(canvas, 'click', (e) => {
    const [x, y] = point(e);
    const tier = chart().legendAt(x, y);
    if (tier !== null) toggleTier(tier);
  });
  return {
    forget() {
      inside = null;
    },
  };
}
