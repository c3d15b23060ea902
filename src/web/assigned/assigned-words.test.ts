import { describe, expect, it } from 'vitest';
import { assignedSizeWords, fromWords } from './assigned-words.js';

describe('a plan from a therapist, in words', () => {
  it('says whose it is, its size and how often', () => {
    expect(fromWords({ therapist: { id: 'x', displayName: 'Dr Ana Lopez' } })).toBe(
      'Your plan from Dr Ana Lopez',
    );
    const steps = [{}, {}, {}] as never[];
    expect(assignedSizeWords({ steps, estimatedMinutes: 12, sessionsPerWeek: 3 })).toBe(
      '3 steps, about 12 minutes, 3 times a week',
    );
    expect(
      assignedSizeWords({ steps: [{}] as never[], estimatedMinutes: 1, sessionsPerWeek: 1 }),
    ).toBe('1 step, about 1 minute, once a week');
  });
});
