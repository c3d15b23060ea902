import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionIds } from '../../content/ids.js';
import { content } from '../../content/index.js';
import {
  durationText,
  firmnessText,
  longerHoldText,
  mobilisationDoseText,
  placesText,
  positionWords,
  regionName,
  spokenList,
  techniqueDoseText,
  withoutSide,
} from './learn-words.js';

describe('the words Learn pages show for numbers and ids', () => {
  it("says the article's dose as a person would: 10 seconds, 3 or 4 times", () => {
    const dose = content.techniques[0].dose;
    expect(techniqueDoseText(dose)).toBe('Press and hold for 10 seconds. Do this 3 or 4 times.');
    expect(techniqueDoseText({ ...dose, mode: 'circles', reps: { min: 2, max: 2 } })).toBe(
      'Press and make small circles for 10 seconds. Do this twice.',
    );
    expect(longerHoldText(dose.longerHold)).toBe('30 to 90 seconds');
  });

  it('says long times in minutes and short ones in seconds', () => {
    expect(durationText(10)).toBe('10 seconds');
    expect(durationText(60)).toBe('1 minute');
    expect(durationText(90)).toBe('90 seconds');
    expect(durationText(300)).toBe('5 minutes');
  });

  it('words each kind of release dose', () => {
    expect(mobilisationDoseText({ mode: 'position', seconds: 300, reps: 1 })).toBe(
      'Stay for about 5 minutes.',
    );
    expect(mobilisationDoseText({ mode: 'hold', seconds: 60, reps: 2 })).toBe(
      'Hold for 1 minute. Do this twice.',
    );
    expect(mobilisationDoseText({ mode: 'reps', seconds: 5, reps: 10 })).toBe(
      'Do it 10 times, about 5 seconds each time.',
    );
  });

  it('names places as choices, and every place as anywhere', () => {
    expect(placesText(['floor', 'bed'])).toBe('On the floor or in bed');
    expect(placesText(['wall'])).toBe('Against a wall');
    expect(placesText(['floor', 'wall', 'bed', 'massage-table', 'chair', 'public'])).toBe(
      'Anywhere',
    );
  });

  it('has words for every position and every body region, never showing a raw id', () => {
    for (const t of [...content.techniques, ...content.mobilisations]) {
      expect(positionWords[t.position]).toBeDefined();
    }
    for (const id of regionIds) {
      expect(regionName(id)).not.toBe(id);
      expect(regionName(id)).not.toMatch(/\((left|right)\)$/);
    }
    expect(regionName('low-back-left')).toBe('Low back beside the spine');
  });

  it('drops only a trailing side from a name', () => {
    expect(withoutSide('Buttock point below the hip bone (left)')).toBe(
      'Buttock point below the hip bone',
    );
    expect(withoutSide('Base of the neck (C7-T1) (right)')).toBe('Base of the neck (C7-T1)');
    expect(withoutSide('Tailbone (coccyx)')).toBe('Tailbone (coccyx)');
  });

  it('says which end of the firmness scale a tool is at', () => {
    expect(firmnessText(1, 6)).toBe('1 of 6, the softest');
    expect(firmnessText(3, 6)).toBe('3 of 6');
    expect(firmnessText(6, 6)).toBe('6 of 6, the firmest');
  });

  it('joins any list so that every word appears once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 6 }), (words) => {
        const text = spokenList(words, 'or');
        let from = 0;
        for (const word of words) {
          const at = text.indexOf(word, from);
          if (at < 0) return false;
          from = at + word.length;
        }
        return words.length < 2 || text.includes(` or ${words[words.length - 1]}`);
      }),
    );
  });
});
