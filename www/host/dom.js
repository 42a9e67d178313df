// Builds the chart's nodes. Text is only ever set with textContent: nothing
// from the data is parsed as HTML.

/** A new `tag` element with an optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
