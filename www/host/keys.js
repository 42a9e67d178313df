// The keyboard: which focus move a key asks for, and where a tall chart
// scrolls to show the focused datum.

const MOVES = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'rowStart',
  End: 'rowEnd',
};

/** The chart's focus move for a key event (`focusMove`'s argument), or
 *  undefined: arrows, Home and End; with Ctrl (⌘), Home and End go to the
 *  chart's first and last datum. */
export function moveFor(e) {
  const move = MOVES[e.key];
  if (move && (e.ctrlKey || e.metaKey) && (e.key === 'Home' || e.key === 'End')) {
    return e.key === 'Home' ? 'first' : 'last';
  }
  return move;
}

/** Space kept above and below a focused datum scrolled into view. */
const MARGIN_PX = 48;

/** Where a band of `view` px scrolled to `top` over a chart `total` px tall
 *  scrolls so that the datum `info` ({y, h}) is in view. */
export function revealTop(info, top, view, total) {
  let next = top;
  if (info.y < top + 8) next = info.y - MARGIN_PX;
  else if (info.y + info.h > top + view - 8) next = info.y + info.h - view + MARGIN_PX;
  // Near either end, show the end itself: the title above the first row,
  // the notes below the last.
  if (next !== top) {
    if (info.y + info.h + MARGIN_PX <= view) next = 0;
    else if (info.y - MARGIN_PX >= total - view) next = total - view;
  }
  return Math.max(0, next);
}
