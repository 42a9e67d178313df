// `rating-chart/frame-resize`: keeps each <iframe data-rating-chart> as
// tall as its chart. A side effect only (nothing on a server).
export {};
