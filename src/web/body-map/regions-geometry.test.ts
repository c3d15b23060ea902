import { describe, expect, it } from 'vitest';
import { specRegions } from '../../core/spec/index.js';
import { figureViewBox } from './figure-outline.js';
import { regionGeometry, regionIdsInView } from './regions-geometry.js';
import type { Point } from './smooth-outline.js';
import { zoomFactor } from './zoom.js';

// The figure's shape as a polygon: each cubic piece of the path sampled along its length.
function polygonOf(d: string): Point[] {
  const tokens = d.match(/[MCZ]|-?[\d.]+/g) ?? [];
  const points: Point[] = [];
  let at: Point = [0, 0];
  const next = (i: number): Point => [Number(tokens[i]), Number(tokens[i + 1])];
  for (let i = 0; i < tokens.length; ) {
    const command = tokens[i];
    if (command === 'M') {
      at = next(i + 1);
      points.push(at);
      i += 3;
    } else if (command === 'C') {
      const [c1, c2, end] = [next(i + 1), next(i + 3), next(i + 5)];
      for (let k = 1; k <= 16; k += 1) {
        const t = k / 16;
        const u = 1 - t;
        const along = (j: 0 | 1) =>
          u * u * u * at[j] + 3 * u * u * t * c1[j] + 3 * u * t * t * c2[j] + t * t * t * end[j];
        points.push([along(0), along(1)]);
      }
      at = end;
      i += 7;
    } else {
      i += 1;
    }
  }
  return points;
}

function inside([x, y]: Point, polygon: readonly Point[]): boolean {
  let isInside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isInside = !isInside;
  }
  return isInside;
}

// Whether a square of `side` units centred on `centre` lies wholly in the shape.
function squareFits(centre: Point, side: number, polygon: readonly Point[]): boolean {
  const half = side / 2;
  for (let k = 0; k <= 20; k += 1) {
    const f = -half + (side * k) / 20;
    const edges: Point[] = [
      [centre[0] + f, centre[1] - half],
      [centre[0] + f, centre[1] + half],
      [centre[0] - half, centre[1] + f],
      [centre[0] + half, centre[1] + f],
    ];
    if (!edges.every((p) => inside(p, polygon))) return false;
  }
  return true;
}

describe('the figure geometry', () => {
  it('draws every spec region and nothing else', () => {
    expect(Object.keys(regionGeometry).sort()).toEqual(specRegions.map((r) => r.id).sort());
  });

  it("draws each region on the view the spec gives it, in the drawing's space", () => {
    for (const region of specRegions) {
      const shape = regionGeometry[region.id]!;
      expect(shape.view).toBe(region.view);
      expect(shape.d).toMatch(/^M [\d.]+ [\d.]+ C .* Z$/);
      const [x, y] = shape.anchor;
      expect(x).toBeGreaterThan(figureViewBox.x);
      expect(x).toBeLessThan(figureViewBox.x + figureViewBox.width);
      expect(y).toBeGreaterThan(figureViewBox.y);
      expect(y).toBeLessThan(figureViewBox.y + figureViewBox.height);
    }
  });

  it("puts the person's left on the viewer's left seen from behind and on the right face on", () => {
    for (const region of specRegions) {
      const [x] = regionGeometry[region.id]!.anchor;
      if (region.side === 'center') expect(x).toBe(100);
      else {
        const onViewersLeft = x < 100;
        expect(onViewersLeft).toBe((region.side === 'left') === (region.view === 'back'));
      }
    }
  });

  it('draws the two sides of a pair as mirror images', () => {
    for (const region of specRegions.filter((r) => r.side === 'left')) {
      const twin = regionGeometry[region.id.replace(/-left$/, '-right')]!;
      const [x, y] = regionGeometry[region.id]!.anchor;
      expect(twin.anchor).toEqual([200 - x, y]);
    }
  });

  it('lists each view top to bottom with every region once', () => {
    const back = regionIdsInView('back');
    const front = regionIdsInView('front');
    expect([...back, ...front].sort()).toEqual(specRegions.map((r) => r.id).sort());
    expect(back[0]).toMatch(/^neck-base|thoracic-spine/);
  });

  // The touch size promise behind the Zoom in button (BodyMap.tsx): on a 320 px screen the
  // map box leaves the figure about 273 px (page and box padding); 270 is used to be safe.
  it('holds a 44 px square at every region anchor when zoomed in on a 320 px screen', () => {
    const pixelsPerUnit = (270 * zoomFactor) / figureViewBox.width;
    const side = 44 / pixelsPerUnit;
    const tooSmall = Object.entries(regionGeometry)
      .filter(([, shape]) => !squareFits(shape.anchor, side, polygonOf(shape.d)))
      .map(([id]) => id);
    expect(tooSmall).toEqual([]);
  });

  it('does not let regions of one view overlap at their anchors', () => {
    for (const [id, shape] of Object.entries(regionGeometry)) {
      const others = Object.entries(regionGeometry).filter(
        ([other, s]) => other !== id && s.view === shape.view,
      );
      for (const [other, s] of others) {
        expect({ id, other, inside: inside(shape.anchor, polygonOf(s.d)) }).toEqual({
          id,
          other,
          inside: false,
        });
      }
    }
  });
});
