import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specRegions, type View } from '../../core/spec/index.js';
import { type ArrowDirection, arrowDirection, neighbourInDirection } from './region-neighbour.js';
import { regionGeometry, regionIdsInView } from './regions-geometry.js';
import type { Point } from './smooth-outline.js';

const directions: readonly ArrowDirection[] = ['up', 'down', 'left', 'right'];
const viewNames: readonly View[] = ['back', 'front'];
const adjacency = new Map(specRegions.map((r) => [r.id, r.adjacent]));

function anchorsOf(view: View): Record<string, Point> {
  return Object.fromEntries(regionIdsInView(view).map((id) => [id, regionGeometry[id]!.anchor]));
}

function press(view: View, from: string, direction: ArrowDirection): string | undefined {
  return neighbourInDirection(from, direction, anchorsOf(view), adjacency.get(from));
}

// How far ahead of `from` a point lies in a direction, in screen terms (y grows downward).
function ahead(from: Point, to: Point, direction: ArrowDirection): number {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  return { up: -dy, down: dy, left: -dx, right: dx }[direction];
}

describe('arrow keys on the figure', () => {
  it('map to the four directions and nothing else', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('ArrowDown')).toBe('down');
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('ArrowRight')).toBe('right');
    expect(arrowDirection('Enter')).toBeUndefined();
  });

  for (const view of viewNames) {
    it(`on the ${view} view move to another region in the pressed direction, never the same one`, () => {
      const anchors = anchorsOf(view);
      const ids = regionIdsInView(view);
      fc.assert(
        fc.property(fc.constantFrom(...ids), fc.constantFrom(...directions), (id, direction) => {
          const next = press(view, id, direction);
          const anyAhead = ids.some((other) => ahead(anchors[id]!, anchors[other]!, direction) > 0);
          if (!anyAhead) {
            expect(next).toBeUndefined();
            return;
          }
          expect(next).toBeDefined();
          expect(next).not.toBe(id);
          expect(regionGeometry[next!]!.view).toBe(view);
          expect(ahead(anchors[id]!, anchors[next!]!, direction)).toBeGreaterThan(0);
        }),
      );
    });

    it(`reach every region of the ${view} view from any region`, () => {
      const ids = regionIdsInView(view);
      for (const start of ids) {
        const seen = new Set([start]);
        const queue = [start];
        while (queue.length > 0) {
          const id = queue.shift()!;
          for (const direction of directions) {
            const next = press(view, id, direction);
            if (next !== undefined && !seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        expect([...seen].sort()).toEqual([...ids].sort());
      }
    });
  }

  it('follow the body: along the spine, and down the low back to the sacroiliac joint', () => {
    expect(press('back', 'lumbar-spine', 'up')).toBe('thoracic-spine');
    expect(press('back', 'lumbar-spine', 'down')).toBe('sacrum');
    expect(press('back', 'sacrum', 'down')).toBe('tailbone');
    expect(press('back', 'low-back-left', 'down')).toBe('sacroiliac-left');
    expect(press('back', 'neck-base-left', 'down')).toBe('between-shoulder-blades-left');
    expect(press('back', 'thigh-back-upper-left', 'down')).toBe('thigh-back-lower-left');
  });

  it("move left and right as drawn: on the front view, right goes to the person's left", () => {
    expect(press('back', 'low-back-left', 'right')).toBe('lumbar-spine');
    expect(press('back', 'lumbar-spine', 'right')).toBe('low-back-right');
    expect(press('front', 'chest-right', 'right')).toBe('chest-left');
  });
});
