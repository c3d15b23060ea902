import { describe, expect, it } from 'vitest';
import {
  clampIntensity,
  mergePainMarks,
  mirrorPainMap,
  painfulIds,
  painMapFromMarks,
} from './pain-map.js';
import type { RegionId } from './regions.js';

const id = (s: string) => s as RegionId;

describe('a pain map', () => {
  it('keeps one mark per region, at its highest intensity and first place', () => {
    const marks = [
      { id: id('sacrum'), intensity: 3 },
      { id: id('calf-left'), intensity: 6 },
      { id: id('sacrum'), intensity: 9 },
      { id: id('calf-left'), intensity: 1 },
    ];
    expect(mergePainMarks(marks)).toEqual([
      { id: 'sacrum', intensity: 9 },
      { id: 'calf-left', intensity: 6 },
    ]);
  });

  it('moves every mark to the other side in a mirror and leaves the midline alone', () => {
    const marks = [
      { id: id('low-back-left'), intensity: 4 },
      { id: id('lumbar-spine'), intensity: 2 },
    ];
    expect(mirrorPainMap(marks)).toEqual([
      { id: 'low-back-right', intensity: 4 },
      { id: 'lumbar-spine', intensity: 2 },
    ]);
    expect(mirrorPainMap(mirrorPainMap(marks))).toEqual(marks);
  });
});

describe('a pain map from the marks the body map keeps', () => {
  const marks = { sacrum: 0, 'no-such-region': 7, 'calf-left': 6, 'buttock-lower-right': 2 };

  it('lists the known regions in the order they were marked, at 0 too', () => {
    expect(painMapFromMarks(marks)).toEqual([
      { id: 'sacrum', intensity: 0 },
      { id: 'calf-left', intensity: 6 },
      { id: 'buttock-lower-right', intensity: 2 },
    ]);
  });

  it('leaves out the places at 0 when only pain counts, and sorts by id for records', () => {
    expect(painMapFromMarks(marks, { painfulOnly: true, order: 'id' })).toEqual([
      { id: 'buttock-lower-right', intensity: 2 },
      { id: 'calf-left', intensity: 6 },
    ]);
  });

  it('names the places that hurt now, whatever their id', () => {
    expect(painfulIds(marks)).toEqual(['no-such-region', 'calf-left', 'buttock-lower-right']);
  });

  it('keeps an intensity on the whole-number 0-10 scale', () => {
    expect([Number.NaN, -3, 3.6, 12, Number.POSITIVE_INFINITY].map(clampIntensity)).toEqual([
      0, 0, 4, 10, 10,
    ]);
  });
});
