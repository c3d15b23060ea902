import { describe, expect, it } from 'vitest';
import { readPsoasCheck } from './psoas-check.js';

describe('reading the psoas self-check (S09)', () => {
  it('suggests nothing when neither look hints at it, or the check was skipped', () => {
    expect(readPsoasCheck(undefined)).toMatchObject({ suggestsShort: false, side: null });
    expect(readPsoasCheck({ footTurnsOut: 'none', shoulderLower: 'none' })).toMatchObject({
      suggestsShort: false,
    });
  });

  it('takes either sign as a hint for its side, and says which side', () => {
    expect(readPsoasCheck({ footTurnsOut: 'right', shoulderLower: 'none' })).toMatchObject({
      suggestsShort: true,
      side: 'right',
    });
    const shoulder = readPsoasCheck({ footTurnsOut: 'none', shoulderLower: 'left' });
    expect(shoulder).toMatchObject({ suggestsShort: true, side: 'left' });
    expect(shoulder.message).toMatch(/left shoulder/);
  });

  it('eases both sides when both feet turn out or the signs disagree', () => {
    expect(readPsoasCheck({ footTurnsOut: 'both', shoulderLower: 'none' }).side).toBe('both');
    expect(readPsoasCheck({ footTurnsOut: 'left', shoulderLower: 'right' }).side).toBe('both');
  });

  it('says the looks are only hints', () => {
    expect(readPsoasCheck({ footTurnsOut: 'left', shoulderLower: 'left' }).message).toMatch(
      /hints/,
    );
  });
});
