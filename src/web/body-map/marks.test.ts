import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearRegion,
  markedInOrder,
  markRegion,
  saddleAreaId,
  setIntensity,
  tapRegion,
} from './marks.js';

describe('editing the pain map', () => {
  it('marks a new area at 5 and leaves a marked one as it was', () => {
    expect(markRegion({}, 'sacrum')).toEqual({ sacrum: 5 });
    expect(markRegion({ sacrum: 8 }, 'sacrum')).toEqual({ sacrum: 8 });
  });

  it('never changes the map it was given', () => {
    const marks = Object.freeze({ sacrum: 2 });
    setIntensity(marks, 'sacrum', 9);
    clearRegion(marks, 'sacrum');
    markRegion(marks, 'tailbone');
    expect(marks).toEqual({ sacrum: 2 });
  });

  it('keeps any intensity set on the 0-10 scale', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        const n = setIntensity({}, 'sacrum', value).sacrum!;
        expect(n >= 0 && n <= 10 && Number.isInteger(n)).toBe(true);
      }),
    );
  });

  it('clears one area and keeps the others', () => {
    expect(clearRegion({ sacrum: 2, tailbone: 4 }, 'sacrum')).toEqual({ tailbone: 4 });
  });

  it('lists marked areas in drawing order, unknown ids last', () => {
    expect(markedInOrder({ zzz: 1, tailbone: 4, sacrum: 2 }, ['sacrum', 'tailbone'])).toEqual([
      ['sacrum', 2],
      ['tailbone', 4],
      ['zzz', 1],
    ]);
  });
});

describe('a tap on a region', () => {
  it('marks an unmarked area and says so', () => {
    expect(tapRegion({}, 'sacrum')).toEqual({
      marks: { sacrum: 5 },
      newlyMarked: true,
      saddleWarning: false,
    });
  });

  it('on a marked area only chooses it again', () => {
    expect(tapRegion({ sacrum: 7 }, 'sacrum')).toEqual({
      marks: { sacrum: 7 },
      newlyMarked: false,
      saddleWarning: false,
    });
  });

  it('sets off the nerve warning the moment the saddle area is marked, not on later taps', () => {
    const first = tapRegion({}, saddleAreaId);
    expect(first.saddleWarning).toBe(true);
    expect(tapRegion(first.marks, saddleAreaId).saddleWarning).toBe(false);
  });
});
