import { describe, expect, it } from 'vitest';
import {
  findingTitle,
  pairsAt,
  pointPairName,
  regionSide,
  reproducedLine,
  tendernessLine,
} from './finding-words.js';

describe('points found by hand, in words', () => {
  it('names the point once, with the side apart', () => {
    expect(pointPairName('glute-overlap-point')).toBe('Buttock point below the hip bone');
    expect(findingTitle({ triggerPoint: 'glute-overlap-point-right', side: 'right' })).toBe(
      'Buttock point below the hip bone, right side',
    );
  });

  it('says tenderness in words and numbers, and the usual pain for whoever reads', () => {
    expect(tendernessLine(3)).toBe('Very tender (3 of 3)');
    expect(tendernessLine(0)).toBe('Not tender (0 of 3)');
    expect(reproducedLine(true, 'their')).toBe('Pressing it brought on their usual pain.');
    expect(reproducedLine(false, 'your')).toBe('Pressing it did not bring on your usual pain.');
    expect(reproducedLine(null, 'your')).toBeNull();
  });

  it('offers the points that lie under the spot that was tapped, on its side', () => {
    expect(pairsAt('buttock-upper-left')).toContain('glute-overlap-point');
    expect(pairsAt('buttock-upper-left')).not.toContain('erector-neck-base-point');
    expect(regionSide('low-back-right')).toBe('right');
    expect(regionSide('sacrum')).toBeNull();
  });
});
