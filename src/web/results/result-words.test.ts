import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { triggerPoints } from '../../content/trigger-points.js';
import {
  muscleLine,
  pointTitle,
  resultsWords,
  showMoreLabel,
  stepLabel,
  treatHref,
} from './result-words.js';

describe('the words on a result', () => {
  it("names the article's step, or says the point is outside the three steps", () => {
    expect(stepLabel(1)).toBe('Step 1 of the method');
    expect(stepLabel(3)).toBe('Step 3 of the method');
    expect(stepLabel(null)).toBe('Not one of the three steps');
  });

  it("titles a point with the person's own side", () => {
    expect(pointTitle('glute-overlap-point-left')).toBe(
      'Buttock point below the hip bone (your left)',
    );
    expect(pointTitle('ql-crest-inner-point-right')).toBe(
      'Hip hiker (QL), inner point at the hip bone (your right)',
    );
  });

  it('gives every trigger point a title and its muscle a plain line', () => {
    for (const point of triggerPoints) {
      expect(pointTitle(point.id)).toMatch(/ \(your (left|right)\)$/);
      expect(pointTitle(point.id)).not.toMatch(/\((left|right)\)/);
      expect(muscleLine(point.muscle)).toMatch(/^Muscle: .+ — .+/);
    }
    expect(muscleLine('gluteus-medius')).toBe('Muscle: Middle buttock muscle — Gluteus medius');
  });

  it('falls back to the id for a point or muscle this page does not know', () => {
    expect(pointTitle('no-such-point')).toBe('no-such-point');
    expect(muscleLine('no-such-muscle')).toBeNull();
  });

  it("links to the point's entry on the Learn muscles page, one entry for both sides", () => {
    expect(treatHref('glute-overlap-point-left')).toBe('/learn/muscles#glute-overlap-point');
    expect(treatHref('ql-rib-inner-point-right')).toBe('/learn/muscles#ql-rib-inner-point');
    expect(treatHref('no-such-point')).toBe('/learn/muscles');
  });

  it('counts the points behind "show more"', () => {
    expect(showMoreLabel(1)).toBe('Show 1 more point');
    expect(showMoreLabel(9)).toBe('Show 9 more points');
  });

  it('says everything in words a grade 8 reader follows', () => {
    for (const text of Object.values(resultsWords)) {
      expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
    }
  });
});
