import { describe, expect, it } from 'vitest';
import { countdownText, doseWords, durationWords } from './dose-words.js';

describe('doses and countdowns in words', () => {
  it('says the dose as a person would: how long and how many times', () => {
    expect(doseWords({ mode: 'hold', seconds: 10, reps: 3 })).toBe('Hold 10 seconds, 3 times');
    expect(doseWords({ mode: 'circles', seconds: 10, reps: 4 })).toBe(
      'Small circles for 10 seconds, 4 times',
    );
    expect(doseWords({ mode: 'roll', seconds: 60, reps: 1 })).toBe(
      'Roll slowly for 1 minute, once',
    );
    expect(doseWords({ mode: 'position', seconds: 300, reps: 1 })).toBe('Stay 5 minutes');
    expect(doseWords({ mode: 'hold', seconds: 0, reps: 0 })).toBe(
      'No timer: take the time you need.',
    );
  });

  it('writes lengths in seconds under a minute and in minutes and seconds above', () => {
    expect(durationWords(1)).toBe('1 second');
    expect(durationWords(45)).toBe('45 seconds');
    expect(durationWords(90)).toBe('1 minute 30 seconds');
    expect(durationWords(600)).toBe('10 minutes');
  });

  it('counts down in whole seconds, rounding up so zero shows only at the end', () => {
    expect(countdownText(9.2)).toBe('10');
    expect(countdownText(0)).toBe('0');
    expect(countdownText(-3)).toBe('0');
    expect(countdownText(60)).toBe('1:00');
    expect(countdownText(599.5)).toBe('10:00');
  });
});
