import { describe, expect, it } from 'vitest';
import { bodyRegions } from './regions.js';
import { isBackOfTrunk, isFrontOfTrunk, onlyFrontOfTrunk } from './trunk.js';

describe('the trunk on the body map', () => {
  it('names only real region bases, back ones seen from behind and front ones from the front', () => {
    for (const region of bodyRegions) {
      if (isBackOfTrunk(region.id)) expect(region.view, region.id).toBe('back');
      if (isFrontOfTrunk(region.id)) expect(region.view, region.id).toBe('front');
    }
    const bases = new Set(bodyRegions.map((r) => r.base));
    for (const base of ['sacrum', 'sacroiliac', 'iliac-crest', 'chest', 'saddle-area'])
      expect(bases.has(base), base).toBe(true);
  });

  it('counts the sacrum, the sacroiliac joints and the iliac crest as back of the trunk, not the buttock', () => {
    expect(
      ['sacrum', 'sacroiliac-left', 'iliac-crest-right', 'lumbar-spine'].every(isBackOfTrunk),
    ).toBe(true);
    expect(isBackOfTrunk('buttock-upper-left')).toBe(false);
    expect(isBackOfTrunk('hip-side-left')).toBe(false);
  });

  it('knows a map marked only on the front of the trunk', () => {
    expect(onlyFrontOfTrunk(['upper-abdomen-left', 'groin-right', 'chest-left'])).toBe(true);
    expect(onlyFrontOfTrunk(['upper-abdomen-left', 'low-back-left'])).toBe(false);
    expect(onlyFrontOfTrunk(['thigh-front-upper-left'])).toBe(false);
    expect(onlyFrontOfTrunk([])).toBe(false);
  });
});
