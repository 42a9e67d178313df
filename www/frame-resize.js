// Optional, for the page that embeds www/frame.html in an <iframe>: keeps
// each <iframe data-rating-chart> as tall as its chart. Messages are taken
// only from the iframe's own window and origin, and only in the expected
// shape; anything else is ignored.
//
//   <script type="module" src=".../www/frame-resize.js"></script>
//   <iframe data-rating-chart src=".../www/frame.html#data=..." height="420"
//           style="width: 100%; border: 0" title="..."></iframe>

const TYPE = 'rating-chart:resize';
const MAX_HEIGHT = 20000;

function frames() {
  return document.querySelectorAll('iframe[data-rating-chart]');
}

function originOf(frame) {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return null;
  }
}

/** Whether the frame's window still holds the document every iframe
 *  starts with (about:blank, of this page's origin): a lazy iframe out of
 *  view has not loaded yet. A message for the frame's origin could not
 *  reach it, and the browser would log the mismatch on this page. A frame
 *  of another origin cannot be read: it has loaded. */
function notLoaded(frame) {
  try {
    return frame.contentWindow.location.href === 'about:blank';
  } catch {
    return false;
  }
}

function hello(frame) {
  const origin = originOf(frame);
  if (!origin || !frame.contentWindow || notLoaded(frame)) return;
  frame.contentWindow.postMessage({ type: 'rating-chart:hello' }, origin);
}

// In a browser only: imported on a server (Node rendering a page that
// bundles this script), it does nothing.
if (typeof HTMLElement !== 'undefined') {
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || typeof d !== 'object' || d.type !== TYPE) return;
    if (typeof d.height !== 'number' || !Number.isFinite(d.height) || d.height < 0) return;
    for (const frame of frames()) {
      if (frame.contentWindow === e.source && originOf(frame) === e.origin) {
        frame.style.height = `${Math.min(Math.ceil(d.height), MAX_HEIGHT)}px`;
      }
    }
  });

  // Said when each frame loads (a lazy one: when it comes near), and now to
  // those already loaded.
  for (const frame of frames()) {
    frame.addEventListener('load', () => hello(frame));
    hello(frame);
  }
}
