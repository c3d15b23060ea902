import { describe, expect, it } from 'vitest';
import { specMuscles, specRegions } from '../core/spec/index.js';
import { muscleIds, regionIds, regionOn, seedIds } from './ids.js';

describe('content ids', () => {
  it('name exactly the regions of the spec body map', () => {
    expect([...regionIds].sort()).toEqual(specRegions.map((region) => region.id).sort());
  });

  it('name every muscle of the spec', () => {
    expect(muscleIds).toEqual(expect.arrayContaining(specMuscles.map((muscle) => muscle.id)));
  });

  it('put a sided base on the asked side and leave midline regions alone', () => {
    expect(regionOn('low-back', 'left')).toBe('low-back-left');
    expect(regionOn('low-back', 'right')).toBe('low-back-right');
    expect(regionOn('sacrum', 'right')).toBe('sacrum');
  });

  it('list the checklist ids S01 to S56', () => {
    expect(seedIds).toHaveLength(56);
    expect(seedIds[0]).toBe('S01');
    expect(seedIds[55]).toBe('S56');
  });
});
