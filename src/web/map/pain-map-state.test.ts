import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specRegions } from '../../core/spec/index.js';
import { notReadyReason, painfulAreas } from './pain-map-state.js';

const regionId = fc.constantFrom(...specRegions.map((r) => r.id));
const painMap = fc.dictionary(regionId, fc.integer({ min: 0, max: 10 }));

describe('when the map page lets a person see the causes', () => {
  it('asks for a first mark on an empty map', () => {
    expect(notReadyReason({})).toBe('First mark at least one place that hurts.');
  });

  it('asks for pain above 0 when every marked place is at 0', () => {
    expect(notReadyReason({ 'low-back-left': 0, sacrum: 0 })).toBe(
      'Set the pain above 0 for at least one place you marked.',
    );
  });

  it('lets the person on as soon as one place hurts, whatever else is at 0', () => {
    expect(notReadyReason({ 'low-back-left': 0, sacrum: 1 })).toBeNull();
    expect(painfulAreas({ 'low-back-left': 0, sacrum: 1, tailbone: 9 })).toEqual([
      'sacrum',
      'tailbone',
    ]);
  });

  it('is ready exactly when some marked place has pain above 0', () => {
    fc.assert(
      fc.property(painMap, (marks) => {
        const hurts = Object.values(marks).some((v) => v > 0);
        expect(notReadyReason(marks) === null).toBe(hurts);
        expect(painfulAreas(marks).every((id) => (marks[id] ?? 0) > 0)).toBe(true);
      }),
    );
  });
});
