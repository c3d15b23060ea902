import { describe, expect, it } from 'vitest';
import { content } from '../../content/index.js';
import { ContentResponse } from '../../core/contracts/content.js';
import { pairsOfMuscle, pointPairs, techniquesByMuscle, techniquesForPair } from './point-pairs.js';

const served = ContentResponse.parse(content);
const pairs = pointPairs(served.triggerPoints);

describe('trigger points as the muscles page shows them', () => {
  it('shows each point once for both sides, named without a side', () => {
    const pairIds = new Set(served.triggerPoints.map((p) => p.pair));
    expect(pairs.map((p) => p.pair)).toEqual([...pairIds]);
    for (const pair of pairs) {
      expect(pair.name).not.toMatch(/\((left|right)\)$/);
      expect(pair.sides).toEqual(['left', 'right']);
      expect(pair.side).toBe('left');
    }
  });

  it('puts the gluteal point under its muscle, as step 1, treated by the four buttock methods', () => {
    const glute = pairsOfMuscle(pairs, 'gluteus-medius');
    expect(glute.map((p) => p.pair)).toEqual(['glute-overlap-point']);
    expect(glute[0]?.step).toBe(1);
    expect(
      techniquesForPair(served.techniques, served.triggerPoints, 'glute-overlap-point').map(
        (t) => t.id,
      ),
    ).toEqual([
      'glute-point-fists',
      'glute-point-thumbs',
      'glute-point-ball-wall',
      'glute-point-ball-floor',
    ]);
  });

  it('offers no pressure method for the psoas point, which Unknot leaves alone', () => {
    expect(techniquesForPair(served.techniques, served.triggerPoints, 'iliopsoas-point')).toEqual(
      [],
    );
  });

  it('lists every technique exactly once on the techniques page, in the article order of steps', () => {
    const groups = techniquesByMuscle(served);
    const listed = groups.flatMap((g) => g.techniques.map((t) => t.id));
    expect([...listed].sort()).toEqual(served.techniques.map((t) => t.id).sort());
    expect(groups.map((g) => g.step).slice(0, 4)).toEqual([1, 2, 2, 3]);
    expect(groups[0]?.muscle.id).toBe('gluteus-medius');
  });
});
