import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampIntensity,
  contrastRatio,
  figureColours,
  painFill,
  painWord,
  relativeLuminance,
  stepIntensity,
} from './pain-scale.js';

const scale = Array.from({ length: 11 }, (_, i) => i);
// The app's page background (src/web/tokens.css --bg) and white, the map's own box.
const backgrounds = ['#f7f4ee', '#ffffff'];

describe('the pain scale', () => {
  it('keeps any number a whole number from 0 to 10', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        const kept = clampIntensity(value);
        expect(Number.isInteger(kept)).toBe(true);
        expect(kept).toBeGreaterThanOrEqual(0);
        expect(kept).toBeLessThanOrEqual(10);
        expect(clampIntensity(kept)).toBe(kept);
      }),
    );
    for (const n of scale) expect(clampIntensity(n)).toBe(n);
    expect(clampIntensity(12)).toBe(10);
    expect(clampIntensity(-3)).toBe(0);
    expect(clampIntensity(6.4)).toBe(6);
  });

  it('steps by one and stops at the ends', () => {
    expect(stepIntensity(5, 1)).toBe(6);
    expect(stepIntensity(5, -1)).toBe(4);
    expect(stepIntensity(10, 1)).toBe(10);
    expect(stepIntensity(0, -1)).toBe(0);
  });

  it('puts a plain word to each number', () => {
    expect(scale.map(painWord)).toEqual([
      'no pain',
      'mild',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'moderate',
      'severe',
      'severe',
      'severe',
      'severe',
    ]);
  });
});

describe('the colours on the figure (WCAG 2.2 AA)', () => {
  it('give white pain numbers at least 4.5:1 on every pain colour', () => {
    for (const n of scale) {
      expect(contrastRatio(painFill(n), figureColours.painNumber)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('make every marked area stand out 3:1 from the unmarked body', () => {
    for (const n of scale) {
      expect(contrastRatio(painFill(n), figureColours.skin)).toBeGreaterThanOrEqual(3);
    }
  });

  it('get darker as the pain gets worse, so the scale reads without colour vision too', () => {
    const luminance = scale.map((n) => relativeLuminance(painFill(n)));
    for (let i = 1; i < luminance.length; i += 1) {
      expect(luminance[i]).toBeLessThan(luminance[i - 1]!);
    }
  });

  it('draw region edges, outline and side words with enough contrast', () => {
    expect(contrastRatio(figureColours.regionEdge, figureColours.skin)).toBeGreaterThanOrEqual(3);
    for (const background of backgrounds) {
      expect(contrastRatio(figureColours.ink, background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shade the main referral zone darker than the wider one, each edge visible', () => {
    expect(relativeLuminance(figureColours.referralEssential)).toBeLessThan(
      relativeLuminance(figureColours.referralSpillover),
    );
    expect(
      contrastRatio(figureColours.referralEssential, figureColours.skin),
    ).toBeGreaterThanOrEqual(3);
    for (const next of [figureColours.skin, figureColours.referralSpillover]) {
      expect(contrastRatio(figureColours.referralSpilloverEdge, next)).toBeGreaterThanOrEqual(3);
    }
  });
});
