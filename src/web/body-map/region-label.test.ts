import { describe, expect, it } from 'vitest';
import { painAmount, regionControlName } from './region-label.js';

describe('what a screen reader says for a region', () => {
  it('names the place and the pain, or says it is not marked', () => {
    expect(regionControlName('Low back beside the spine (left)', 6)).toBe(
      'Low back beside the spine (left), pain 6 of 10',
    );
    expect(regionControlName('Tailbone (coccyx)', undefined)).toBe('Tailbone (coccyx), not marked');
    expect(regionControlName('Tailbone (coccyx)', 0)).toBe('Tailbone (coccyx), pain 0 of 10');
  });

  it('puts the amount in numbers and words', () => {
    expect(painAmount(6)).toBe('6 of 10, moderate');
    expect(painAmount(0)).toBe('0 of 10, no pain');
  });
});
