import { describe, expect, it } from 'vitest';
import { regionLabel, regionPhrase, shortRegionName, sideInWords } from './region-words.js';
import { bodyRegions, type RegionId } from './regions.js';

const id = (s: string) => s as RegionId;

describe('plain names for regions', () => {
  it('drops the side from the short name', () => {
    expect(shortRegionName(id('low-back-left'))).toBe('Low back beside the spine');
    expect(shortRegionName(id('neck-base-right'))).toBe(
      'Base of the neck, beside the spine (C7-T1)',
    );
    expect(shortRegionName(id('tailbone'))).toBe('Tailbone (coccyx)');
  });

  it('keeps the saddle area name short, without the note about the warning questions', () => {
    expect(shortRegionName(id('saddle-area'))).toBe(
      'Saddle area: genitals, anus and inner buttocks',
    );
  });

  it('says whose side it is, since the back view could look mirrored', () => {
    expect(sideInWords('left')).toBe('your left');
    expect(sideInWords('right')).toBe('your right');
    expect(sideInWords('center')).toBe('the middle');
    expect(regionLabel(id('hip-side-left'))).toBe(
      'Outside of the hip (greater trochanter), your left',
    );
    expect(regionLabel(id('sacrum'))).toBe('Sacrum, the flat bone at the base of the spine');
  });

  it('has a sentence phrase for every region that names its side', () => {
    for (const region of bodyRegions) {
      const phrase = regionPhrase(region.id);
      expect(phrase).toMatch(/^(in|at|on|over|along|between|around) /);
      expect(phrase).not.toContain(',');
      if (region.side === 'center') expect(phrase).not.toMatch(/\b(left|right)\b/);
      else expect(phrase).toContain(region.side);
    }
  });

  it('reads naturally in a sentence', () => {
    expect(regionPhrase(id('low-back-left'))).toBe('in the left side of your low back');
    expect(regionPhrase(id('thigh-back-upper-right'))).toBe(
      'at the top of the back of your right thigh',
    );
  });
});
