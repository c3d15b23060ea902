import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handTools, specRegions } from '../../../core/spec/index.js';
import {
  areaChoices,
  areaGroups,
  clampMinutes,
  firstPreferences,
  keepClearProblem,
  likelySide,
  objectTools,
  preferencesProblem,
  stepMinutes,
  togglePlace,
  toggleTool,
} from './preferences-form.js';

const now = new Date('2026-03-02T09:00:00.000Z');

describe('the preferences a first visit starts with', () => {
  it('ticks nothing, picks no place, and waits for a place before going on', () => {
    const first = firstPreferences(now);
    expect(first).toMatchObject({ tools: [], places: [], bodySize: 'medium', minutes: 20 });
    expect(preferencesProblem(first)).toBe('Pick at least one place where you are now.');
    expect(preferencesProblem({ ...first, places: ['bed'] })).toBeNull();
  });

  it('holds the way on until an area is ticked when the safety check asked for one', () => {
    const placed = { ...firstPreferences(now), places: ['bed' as const] };
    expect(preferencesProblem(placed, true)).toBe(keepClearProblem);
    expect(preferencesProblem({ ...placed, skipRegions: ['flank-left'] }, true)).toBeNull();
    expect(preferencesProblem(placed, false)).toBeNull();
  });

  it('guesses the side that hurts more from the pain map', () => {
    expect(firstPreferences(now, { 'low-back-left': 6, sacrum: 3 }).painfulSide).toBe('left');
    expect(likelySide({ 'low-back-right': 6, 'low-back-left': 2 })).toBe('right');
    expect(likelySide({ 'low-back-right': 5, 'low-back-left': 4 })).toBe('both');
    expect(likelySide({ sacrum: 5 })).toBe('both');
    expect(likelySide({})).toBe('both');
  });
});

describe('ticking tools and places', () => {
  it('offers every tool but the hands, which always count', () => {
    expect(objectTools).toHaveLength(7);
    for (const hand of handTools) expect(objectTools).not.toContain(hand);
  });

  it('adds and removes a tool, keeping the contract order', () => {
    const both = toggleTool(toggleTool([], 'bolster'), 'tennis-ball');
    expect(both).toEqual(['tennis-ball', 'bolster']);
    expect(toggleTool(both, 'tennis-ball')).toEqual(['bolster']);
  });

  it('never lets the hands be unticked or ticked as extras', () => {
    expect(toggleTool(['tennis-ball'], 'fists')).toEqual(['tennis-ball']);
  });

  it('allows several places at once', () => {
    expect(togglePlace(togglePlace(['public'], 'floor'), 'wall')).toEqual([
      'floor',
      'wall',
      'public',
    ]);
    expect(togglePlace(['floor', 'wall'], 'floor')).toEqual(['wall']);
  });
});

describe('the time available', () => {
  it('steps by 5 minutes to the next multiple, within 5 to 60', () => {
    expect(stepMinutes(20, 1)).toBe(25);
    expect(stepMinutes(20, -1)).toBe(15);
    expect(stepMinutes(12, 1)).toBe(15);
    expect(stepMinutes(12, -1)).toBe(10);
    expect(stepMinutes(5, -1)).toBe(5);
    expect(stepMinutes(60, 1)).toBe(60);
  });

  it('stays a whole number from 5 to 60 whatever the stepper or a stored value says', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.constantFrom(1 as const, -1 as const), (n, d) => {
        const clamped = clampMinutes(n);
        const stepped = stepMinutes(clamped, d);
        return [clamped, stepped].every((m) => Number.isInteger(m) && m >= 5 && m <= 60);
      }),
    );
  });
});

describe('areas to keep clear', () => {
  it('lists every body region once, except the saddle area', () => {
    const listed = areaGroups.flatMap((group) =>
      areaChoices(group).flatMap((area) => area.regions.map((region) => region.id)),
    );
    const expected = specRegions.map((r) => r.id).filter((id) => id !== 'saddle-area');
    expect([...listed].sort()).toEqual([...expected].sort());
  });

  it('names each area once, without its side, with left before right', () => {
    const lowBack = areaChoices(areaGroups[1]!).find((area) => area.base === 'low-back');
    expect(lowBack?.name).toBe('Low back beside the spine');
    expect(lowBack?.regions.map((region) => region.side)).toEqual(['left', 'right']);
  });
});
