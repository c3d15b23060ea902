import { describe, expect, it } from 'vitest';
import { pointSpot, spreadSpots } from './point-spot.js';
import { regionGeometry } from './regions-geometry.js';

describe('where a point sits on the figure', () => {
  it('lies between the regions it is listed over, and nowhere in the other view', () => {
    const low = regionGeometry['low-back-left']!.anchor;
    const sacroiliac = regionGeometry['sacroiliac-left']!.anchor;
    expect(pointSpot(['low-back-left', 'sacroiliac-left'], 'back')).toEqual([
      (low[0] + sacroiliac[0]) / 2,
      (low[1] + sacroiliac[1]) / 2,
    ]);
    expect(pointSpot(['low-back-left'], 'front')).toBeUndefined();
  });

  it('moves apart dots that would hide each other, and leaves a lone dot where it is', () => {
    const spread = spreadSpots([
      [50, 50],
      [51, 50],
      [100, 100],
    ]);
    expect(spread[2]).toEqual([100, 100]);
    const gap = Math.hypot(spread[0]![0] - spread[1]![0], spread[0]![1] - spread[1]![1]);
    expect(gap).toBeGreaterThan(10);
  });
});
