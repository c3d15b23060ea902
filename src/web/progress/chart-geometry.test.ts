import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartFrame,
  dayX,
  labelledIndexes,
  latest,
  linePath,
  painY,
  shortDate,
  slotX,
} from './chart-geometry.js';

describe('chart geometry', () => {
  it('puts no pain on the bottom line and the worst pain on the top one, keeping scores in the plot', () => {
    expect(painY(0)).toBe(chartFrame.height - chartFrame.bottom);
    expect(painY(10)).toBe(chartFrame.top);
    expect(painY(12)).toBe(chartFrame.top);
    expect(painY(5)).toBeCloseTo((chartFrame.top + chartFrame.height - chartFrame.bottom) / 2);
  });

  it('spreads session slots evenly across the plot, left to right', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (count) => {
        const xs = Array.from({ length: count }, (_, i) => slotX(i, count));
        for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
        expect(xs[0]!).toBeGreaterThan(chartFrame.left);
        expect(xs.at(-1)!).toBeLessThan(chartFrame.width - chartFrame.right);
      }),
    );
  });

  it('places days by the calendar, so a gap of a week looks like one', () => {
    const first = dayX(100, 100, 114);
    const week = dayX(107, 100, 114);
    const last = dayX(114, 100, 114);
    expect(week - first).toBeCloseTo(last - week);
    expect(dayX(100, 100, 100)).toBeCloseTo(
      chartFrame.left + (chartFrame.width - chartFrame.left - chartFrame.right) / 2,
    );
  });

  it('labels at most a few ticks, always the first and the last', () => {
    expect(labelledIndexes(3, 5)).toEqual([0, 1, 2]);
    expect(labelledIndexes(20, 5)).toEqual([0, 5, 10, 14, 19]);
    expect(labelledIndexes(0, 5)).toEqual([]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 2, max: 8 }),
        (count, most) => {
          const picked = labelledIndexes(count, most);
          expect(picked.length).toBeLessThanOrEqual(most);
          expect(picked[0]).toBe(0);
          expect(picked.at(-1)).toBe(count - 1);
        },
      ),
    );
  });

  it('writes short dates and paths', () => {
    expect(shortDate('2024-03-04')).toBe('4 Mar');
    expect(shortDate('2024-12-31')).toBe('31 Dec');
    expect(shortDate('soon')).toBe('soon');
    expect(
      linePath([
        { x: 1, y: 2 },
        { x: 3.25, y: 4 },
      ]),
    ).toBe('M1.0 2.0 L3.3 4.0');
    expect(latest([1, 2, 3, 4], 2)).toEqual([3, 4]);
  });
});
