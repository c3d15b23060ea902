// The textbook pain patterns of the article, run through the matcher on the real content.
import { describe, expect, it } from 'vitest';
import { triggerPoints } from '../../content/trigger-points.js';
import type { RegionId } from '../body/regions.js';
import { matchTriggerPoints } from './match.js';

const painAt = (...regions: string[]) =>
  matchTriggerPoints(
    regions.map((id) => ({ id: id as RegionId, intensity: 6 })),
    triggerPoints,
  );
const top = (results: ReturnType<typeof painAt>, n: number) =>
  results.slice(0, n).map((r) => r.triggerPoint);
const isQl = (id: string) => id.startsWith('ql-');

describe('textbook patterns on the real trigger points', () => {
  // S18: the gluteal point sends pain across the low back just above the hip bones and
  // into the hamstrings; S37: the QL sends pain across the low back and into the hamstrings.
  it('ranks the gluteal point and the QL high for pain across the low back above the hip bones and into the top of the back of the thigh', () => {
    const results = painAt('low-back-left', 'iliac-crest-left', 'thigh-back-upper-left');
    expect(top(results, 5)).toContain('glute-overlap-point-left');
    expect(top(results, 5).filter(isQl).length).toBeGreaterThanOrEqual(2);
  });

  it('does the same when the pain runs across both sides of the low back', () => {
    const results = painAt(
      'low-back-left',
      'low-back-right',
      'lumbar-spine',
      'iliac-crest-left',
      'iliac-crest-right',
      'thigh-back-upper-left',
      'thigh-back-upper-right',
    );
    expect(top(results, 5)).toEqual(
      expect.arrayContaining(['glute-overlap-point-left', 'glute-overlap-point-right']),
    );
    expect(top(results, 5).some(isQl)).toBe(true);
  });

  // S37 and Travell & Simons: the outer QL points send pain to the outside of the hip, the
  // inner ones to the sacroiliac joint. No single QL point covers both places, so the
  // piriformis (which covers both) may lead; the QL still fills most of the top five.
  it('ranks the QL high for pain at the outside of the hip and the sacroiliac joint', () => {
    const results = painAt('hip-side-right', 'sacroiliac-right');
    expect(top(results, 3).some(isQl)).toBe(true);
    expect(top(results, 5).filter(isQl).length).toBeGreaterThanOrEqual(3);
    expect(top(results, 5).every((id) => id.endsWith('-right'))).toBe(true);
  });

  // S23, S27: the erector point at C7-T1, beside the spine at the base of the neck.
  it('ranks the C7-T1 point first for pain at the base of the neck', () => {
    expect(top(painAt('neck-base-left'), 1)).toEqual(['erector-neck-base-point-left']);
    expect(top(painAt('neck-base-left', 'neck-base-right'), 2).sort()).toEqual([
      'erector-neck-base-point-left',
      'erector-neck-base-point-right',
    ]);
  });

  it('explains the gluteal pattern in plain words', () => {
    const [first] = painAt('low-back-left', 'thigh-back-upper-left');
    expect(first?.why).toBe(
      'May explain the pain in the left side of your low back and at the top of the back of your left thigh.',
    );
  });

  it('lists a point whenever pain is marked in its essential zone or right over it', () => {
    for (const point of triggerPoints) {
      for (const region of [...point.over, ...point.referral.essential]) {
        const results = painAt(region);
        expect(results.map((r) => r.triggerPoint)).toContain(point.id);
        expect(results.every((r) => r.why.length > 0)).toBe(true);
      }
    }
  });
});
