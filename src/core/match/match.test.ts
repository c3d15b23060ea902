import { describe, expect, it } from 'vitest';
import type { PainMark } from '../body/pain-map.js';
import type { RegionId } from '../body/regions.js';
import { type MatchablePoint, matchTriggerPoints } from './match.js';
import { painUnits, scorePoint } from './score.js';
import { whyLine } from './why.js';

const pain = (id: string, intensity = 5): PainMark => ({ id: id as RegionId, intensity });
const ids = (...names: string[]) => names as RegionId[];

function point(
  id: string,
  essential: string[],
  spillover: string[] = [],
  over: string[] = [],
  step: 1 | 2 | 3 | null = 1,
): MatchablePoint {
  return {
    id,
    muscle: 'gluteus-medius',
    step,
    side: 'left',
    over,
    referral: { essential, spillover },
  };
}

const glute = point(
  'glute',
  ['low-back-left', 'iliac-crest-left', 'thigh-back-upper-left'],
  ['buttock-upper-left'],
  ['buttock-upper-left'],
);

describe('scoring one point', () => {
  it('scores 1 when all the pain lies in the essential zone and fills the pattern', () => {
    const p = point('p', ['low-back-left', 'iliac-crest-left']);
    expect(scorePoint([pain('low-back-left', 3), pain('iliac-crest-left', 8)], p).score).toBe(1);
  });

  it('scores a full match below 1 when part of it is only spillover or over the point', () => {
    const marks = [
      'low-back-left',
      'iliac-crest-left',
      'thigh-back-upper-left',
      'buttock-upper-left',
    ];
    const score = scorePoint(
      marks.map((m) => pain(m)),
      glute,
    ).score;
    expect(score).toBeGreaterThan(0.9);
    expect(score).toBeLessThan(1);
  });

  it('scores 0 when no pain falls in the pattern', () => {
    expect(scorePoint([pain('calf-right', 9)], glute)).toEqual({ score: 0, explains: [] });
  });

  it('counts pain in the essential zone more than pain in the spillover zone', () => {
    const p = point('p', ['flank-left'], ['groin-left']);
    const essential = scorePoint([pain('flank-left'), pain('foot-left')], p).score;
    const spillover = scorePoint([pain('groin-left'), pain('foot-left')], p).score;
    expect(essential).toBeGreaterThan(spillover);
  });

  it('rates a point higher when the pain it explains is the stronger pain', () => {
    const lowBack = point('low', ['low-back-left']);
    const calf = point('calf', ['calf-left']);
    const marks = [pain('low-back-left', 8), pain('calf-left', 2)];
    expect(scorePoint(marks, lowBack).score).toBeGreaterThan(scorePoint(marks, calf).score);
  });

  it('ignores marks at intensity 0 rather than dividing by zero', () => {
    expect(scorePoint([pain('low-back-left', 0)], glute)).toEqual({ score: 0, explains: [] });
    const withZero = scorePoint([pain('low-back-left', 6), pain('foot-left', 0)], glute);
    expect(withZero).toEqual(scorePoint([pain('low-back-left', 6)], glute));
  });

  it('treats intensities outside 0-10 or not a number safely', () => {
    expect([painUnits(-3), painUnits(Number.NaN), painUnits(12), painUnits(6.504)]).toEqual([
      0, 0, 1000, 650,
    ]);
  });
});

describe('ranking trigger points', () => {
  it('puts the best fit first', () => {
    const neck = point('neck', ['neck-base-left'], [], [], 2);
    const results = matchTriggerPoints(
      [pain('low-back-left'), pain('thigh-back-upper-left')],
      [neck, glute],
    );
    expect(results.map((r) => r.triggerPoint)).toEqual(['glute']);
    expect(results[0]).toMatchObject({ muscle: 'gluteus-medius', step: 1 });
    expect(results[0]?.explains).toEqual(['low-back-left', 'thigh-back-upper-left']);
  });

  it("breaks a tie by the article's step order, then by id", () => {
    const same = (id: string, step: 1 | 2 | 3 | null) => point(id, ['sacrum'], [], [], step);
    const points = [
      same('a-none', null),
      same('b-step3', 3),
      same('z-step1', 1),
      same('c-step1', 1),
    ];
    const results = matchTriggerPoints([pain('sacrum')], points);
    expect(results.map((r) => r.triggerPoint)).toEqual(['c-step1', 'z-step1', 'b-step3', 'a-none']);
  });

  it('counts a region marked twice once, at its highest intensity', () => {
    const twice = matchTriggerPoints([pain('low-back-left', 2), pain('low-back-left', 7)], [glute]);
    expect(twice).toEqual(matchTriggerPoints([pain('low-back-left', 7)], [glute]));
  });

  it('returns the same ranking for the same input, every time', () => {
    const marks = [pain('iliac-crest-left', 3), pain('buttock-upper-left', 9)];
    expect(matchTriggerPoints(marks, [glute])).toEqual(matchTriggerPoints(marks, [glute]));
  });
});

describe('the reason shown with a point', () => {
  it('names the marked places the point explains, head to feet', () => {
    const [result] = matchTriggerPoints(
      [pain('thigh-back-upper-left'), pain('low-back-left'), pain('foot-left')],
      [glute],
    );
    expect(result?.why).toBe(
      'May explain the pain in the left side of your low back and at the top of the back of your left thigh.',
    );
  });

  it('says when the point lies right under a sore spot', () => {
    const [result] = matchTriggerPoints(
      [pain('buttock-upper-left'), pain('low-back-left')],
      [glute],
    );
    expect(result?.why).toBe(
      'May explain the pain in the left side of your low back. It also lies right under the pain in the upper outer part of your left buttock.',
    );
    const onlyOver = point('p', ['calf-left'], [], ['flank-left']);
    expect(matchTriggerPoints([pain('flank-left')], [onlyOver])[0]?.why).toBe(
      'May be behind the pain in your left side between the ribs and the hip bone, since it lies right under that spot.',
    );
  });

  it('keeps a long list short', () => {
    const line = whyLine(
      ids('neck-base-left', 'mid-back-left', 'lumbar-spine', 'sacrum', 'tailbone'),
      [],
    );
    expect(line).toBe(
      'May explain the pain at the base of your neck on the left side, in the left side of your mid back by the lowest ribs, in the middle of your low back and 2 other places you marked.',
    );
  });

  it('leaves out places marked at intensity 0', () => {
    const [result] = matchTriggerPoints(
      [pain('low-back-left', 4), pain('iliac-crest-left', 0)],
      [glute],
    );
    expect(result?.explains).toEqual(['low-back-left']);
    expect(result?.why).not.toContain('hip bone');
  });
});
