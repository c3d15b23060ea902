// The zoomed view for small touch targets: how much larger the figure is drawn and where
// the enlarged figure is scrolled to when zoom is switched on.
import type { View } from '../../core/spec/index.js';
import { figureViewBox } from './figure-outline.js';
import { regionGeometry } from './regions-geometry.js';
import type { Point } from './smooth-outline.js';

/** The zoomed figure is this many times as wide as the box it scrolls in. */
export const zoomFactor = 2.5;

/** Where a zoomed figure opens when no region is chosen: the low back, where most pain is. */
export const lowBack: Point = [100, 180];

/**
 * The point to bring to the middle of the box, as shares (0 to 1) of the figure's width and
 * height: the chosen region when it is on this view, the low back otherwise.
 */
export function zoomScrollTarget(view: View, selected: string | null): { x: number; y: number } {
  const region = selected === null ? undefined : regionGeometry[selected];
  const [x, y] = region?.view === view ? region.anchor : lowBack;
  return {
    x: (x - figureViewBox.x) / figureViewBox.width,
    y: (y - figureViewBox.y) / figureViewBox.height,
  };
}
