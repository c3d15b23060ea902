import { describe, expect, it } from 'vitest';
import { freshPainScore } from './fresh-pain.js';

const now = new Date('2026-12-03T12:00:00Z');
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();

describe('the pain score from the safety check', () => {
  it('stands for pain now within half an hour, and not after', () => {
    expect(freshPainScore({ answers: { 'pain-now': 6 }, answeredAt: at(3) }, now)).toBe(6);
    expect(freshPainScore({ answers: { 'pain-now': 0 }, answeredAt: at(30) }, now)).toBe(0);
    expect(freshPainScore({ answers: { 'pain-now': 6 }, answeredAt: at(31) }, now)).toBeNull();
  });

  it('is left out when not given, unreadable or from the future', () => {
    expect(freshPainScore(null, now)).toBeNull();
    expect(freshPainScore({ answers: {}, answeredAt: at(1) }, now)).toBeNull();
    expect(freshPainScore({ answers: { 'pain-now': 11 }, answeredAt: at(1) }, now)).toBeNull();
    expect(freshPainScore({ answers: { 'pain-now': 5 }, answeredAt: 'soon' }, now)).toBeNull();
    expect(freshPainScore({ answers: { 'pain-now': 5 }, answeredAt: at(-5) }, now)).toBeNull();
  });
});
