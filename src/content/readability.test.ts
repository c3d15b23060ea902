import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countText,
  fleschKincaidGrade,
  fleschReadingEase,
  syllableCount,
  wordsOf,
} from './readability.js';

// Published examples: Wikipedia, "Flesch-Kincaid readability tests" (reading ease 116 and 24.4;
// the grades follow from the same counts: 6 words, 6 syllables; 13 words, 26 syllables).
const published = [
  { text: 'The cat sat on the mat.', ease: 116.1, grade: -1.45 },
  {
    text: 'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
    ease: 24.4,
    grade: 13.08,
  },
] as const;

// Syllable counts as Merriam-Webster divides the words.
const dictionary: Record<string, number> = {
  australian: 4,
  reptilian: 4,
  creature: 2,
  seemingly: 3,
  platypus: 3,
  muscle: 2,
  muscles: 2,
  released: 2,
  rested: 2,
  piriformis: 4,
  quadratus: 3,
  sacroiliac: 5,
  iliopsoas: 5,
  gluteus: 3,
  medius: 3,
  multifidus: 4,
  erector: 3,
  pressure: 2,
  breathe: 1,
  breathing: 2,
  actual: 3,
  region: 2,
  position: 3,
  special: 2,
  hypothyroidism: 6,
  medium: 3,
  client: 2,
  pushes: 2,
  places: 2,
  makes: 1,
  relaxed: 2,
  table: 2,
  knee: 1,
  body: 2,
  beautiful: 3,
  serious: 3,
  magnesium: 4,
  potassium: 4,
  referral: 3,
  diagnosis: 4,
  professional: 4,
  constructor: 3,
};

describe('reading grade', () => {
  for (const { text, ease, grade } of published) {
    it(`matches the published score of "${text}"`, () => {
      expect(fleschReadingEase(text)).toBeCloseTo(ease, 0);
      expect(fleschKincaidGrade(text)).toBeCloseTo(grade, 1);
    });
  }

  it('counts syllables as the dictionary does', () => {
    const wrong = Object.entries(dictionary).filter(([word, n]) => syllableCount(word) !== n);
    expect(wrong).toEqual([]);
  });

  it('counts words, sentences and hyphenated words', () => {
    expect(countText("Lie on your side. Don't rush! Is it side-lying?")).toEqual({
      words: 9,
      sentences: 3,
      syllables: 11,
    });
    expect(wordsOf('C7-T1, 10 seconds.')).toEqual(['C7-T1', '10', 'seconds']);
  });

  it('rates long words and long sentences harder than short ones', () => {
    const plain = 'Press the spot. Hold it. Let go.';
    const dense =
      'Sustained ischemic compression of myofascial trigger points may substantially diminish nociceptive sensitivity.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(12);
    expect(fleschKincaidGrade(plain)).toBeLessThan(2);
  });

  it('gives every word at least one syllable and an empty text grade 0', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        expect(syllableCount(word)).toBeGreaterThanOrEqual(1);
      }),
    );
    expect(fleschKincaidGrade('')).toBe(0);
  });
});
