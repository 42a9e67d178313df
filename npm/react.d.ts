// Types of <rating-chart> in React's JSX (React 19): reference this file
// once (`import type {} from 'rating-chart/react'`) beside
// `import 'rating-chart/element'`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RatingChartAttributes, RatingChartElement } from './element.js';

export type RatingChartProps = DetailedHTMLProps<HTMLAttributes<RatingChartElement>, RatingChartElement> &
  RatingChartAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'rating-chart': RatingChartProps;
    }
  }
}
