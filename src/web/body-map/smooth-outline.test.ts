import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closedPath,
  loopPath,
  mirrorPoint,
  mirrorRuns,
  openPath,
  type Point,
  type Run,
  reversed,
} from './smooth-outline.js';

// The cubic pieces of a path as [start, c1, c2, end] point lists.
function pieces(d: string): Point[][] {
  const numbers = (d.match(/-?[\d.]+/g) ?? []).map(Number);
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  const result: Point[][] = [];
  for (let i = 0; i + 3 < points.length; i += 3) result.push(points.slice(i, i + 4));
  return result;
}

const point = fc.tuple(
  fc.integer({ min: 0, max: 200 }),
  fc.integer({ min: 0, max: 430 }),
) as fc.Arbitrary<Point>;
const run = fc.array(point, { minLength: 2, maxLength: 8 }) as fc.Arbitrary<Run>;

describe('smooth outlines', () => {
  it('trace the same border whichever way a run is drawn, so neighbours meet without gaps', () => {
    fc.assert(
      fc.property(run, (line) => {
        const forwards = pieces(openPath([line]));
        const backwards = pieces(openPath([reversed(line)]))
          .map((piece) => [...piece].reverse())
          .reverse();
        expect(backwards).toEqual(forwards);
      }),
    );
  });

  it('pass through every sketched point', () => {
    fc.assert(
      fc.property(run, (line) => {
        const ends = pieces(openPath([line])).map((piece) => piece[3]);
        expect(ends).toEqual(line.slice(1));
      }),
    );
  });

  it('close a shape with Z, and draw a loop with no corner back at its start', () => {
    const square: Point[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(closedPath([square])).toMatch(/^M 0 0 C .* Z$/);
    const loop = pieces(loopPath(square));
    expect(loop).toHaveLength(4);
    // Smooth at the start: the last piece's second handle, the start and the first piece's
    // first handle lie on one line.
    const [x0, y0] = loop[0]![0]!;
    const [ax, ay] = loop[3]![2]!;
    const [bx, by] = loop[0]![1]!;
    expect((x0 - ax) * (by - y0) - (y0 - ay) * (bx - x0)).toBeCloseTo(0);
  });

  it('mirror onto the other half of the body and back again unchanged', () => {
    fc.assert(
      fc.property(run, (line) => {
        expect(mirrorRuns(mirrorRuns([line]))).toEqual([line]);
        for (const p of line) expect((mirrorPoint(p)[0] + p[0]) / 2).toBe(100);
      }),
    );
  });
});
