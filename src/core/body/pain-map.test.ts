import { describe, expect, it } from 'vitest';
import { mergePainMarks, mirrorPainMap } from './pain-map.js';
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
