import { describe, expect, it } from 'vitest';
import { triggerPoints } from '../../content/trigger-points.js';
import type { RegionId } from '../body/regions.js';
import { rankWithFindings } from './found-points.js';
import { matchTriggerPoints } from './match.js';

/** Pain across the left low back and into the top of the back of the thigh (S18). */
const map = [
  { id: 'low-back-left' as RegionId, intensity: 6 },
  { id: 'thigh-back-upper-left' as RegionId, intensity: 5 },
];
const guessed = matchTriggerPoints(map, triggerPoints);

describe('findings in the ranking', () => {
  it('leaves the map ranking as it is without findings', () => {
    expect(rankWithFindings(guessed, [], triggerPoints)).toEqual(guessed);
  });

  it('puts points found tender first, most tender first, and points found not tender last', () => {
    const ranked = rankWithFindings(
      guessed,
      [
        { triggerPoint: 'ql-crest-outer-point-left', tenderness: 2, reproducesPain: true },
        { triggerPoint: 'piriformis-point-right', tenderness: 3, reproducesPain: null },
        { triggerPoint: 'glute-overlap-point-left', tenderness: 0, reproducesPain: false },
      ],
      triggerPoints,
    );
    // The map alone ranks glute-overlap-point-left first and ql-crest-outer-point-left 13th.
    expect(guessed[0]?.triggerPoint).toBe('glute-overlap-point-left');
    expect(ranked.map((point) => point.triggerPoint)).toEqual([
      'piriformis-point-right',
      'ql-crest-outer-point-left',
      'ql-middle-inner-point-left',
      'erector-lumbosacral-point-left',
      'ql-crest-inner-point-left',
      'ql-rib-inner-point-left',
      'ql-middle-outer-point-left',
      'ql-rib-outer-point-left',
      'erector-floating-rib-point-left',
      'gluteus-minimus-back-point-left',
      'iliopsoas-point-left',
      'multifidus-groove-point-left',
      'serratus-posterior-inferior-point-left',
      'gluteus-maximus-sacral-point-left',
      'piriformis-point-left',
      'glute-overlap-point-left',
    ]);
    expect(ranked[0]).toMatchObject({
      score: 0,
      explains: [],
      why: 'Your therapist found this point tender.',
      found: { tenderness: 3, reproducesPain: false },
    });
    expect(ranked[1]?.why).toBe(
      'Your therapist found this point tender. Pressing it brought on your usual pain. May explain the pain at the top of the back of your left thigh.',
    );
    expect(ranked.at(-1)?.why).toMatch(
      /^Your therapist checked this point and it was not tender\. May explain/,
    );
  });

  it('counts two findings on one point as the strongest, and ignores unknown points', () => {
    const ranked = rankWithFindings(
      guessed,
      [
        { triggerPoint: 'erector-floating-rib-point-left', tenderness: 1, reproducesPain: true },
        { triggerPoint: 'erector-floating-rib-point-left', tenderness: 3, reproducesPain: false },
        { triggerPoint: 'no-such-point-left', tenderness: 3, reproducesPain: true },
      ],
      triggerPoints,
    );
    expect(ranked).toHaveLength(guessed.length);
    expect(ranked[0]).toMatchObject({
      triggerPoint: 'erector-floating-rib-point-left',
      found: { tenderness: 3, reproducesPain: true },
    });
  });
});
