import { describe, expect, it } from 'vitest';
import { specRegions } from '../../core/spec/index.js';
import { plainRegionName } from './region-names.js';

describe('the names the map gives body regions', () => {
  it("names the side as the person's own, without the spec's bracketed ending", () => {
    expect(plainRegionName('low-back-left')).toBe('Low back beside the spine, your left');
    expect(plainRegionName('iliac-crest-right')).toBe(
      'Along the top of the hip bone, at the back, your right',
    );
    expect(plainRegionName('sacrum')).toBe('Sacrum, the flat bone at the base of the spine');
  });

  it('gives the saddle area a short name without the note meant for developers', () => {
    const name = plainRegionName('saddle-area');
    expect(name).toBe('Saddle area (genitals, anus, inner buttocks)');
    expect(name).not.toMatch(/marking it/);
  });

  it('gives every region its own name, short enough for a label', () => {
    const names = specRegions.map((r) => plainRegionName(r.id));
    expect(new Set(names).size).toBe(specRegions.length);
    for (const name of names) {
      expect(name).not.toMatch(/\((left|right)\)$/);
      expect(name.length).toBeLessThanOrEqual(70);
    }
  });

  it('shows an id the region list does not know as it is, rather than failing', () => {
    expect(plainRegionName('elbow-left')).toBe('elbow-left');
  });
});
