import { describe, expect, it } from 'vitest';
import { accessWords, resourceWords } from './access-log-words.js';

const entry = (action: 'read' | 'change', resource: string) => ({
  at: '2026-12-03T09:00:00Z',
  actor: { id: 'x', displayName: 'Ana Lopez', role: 'therapist' },
  action,
  resource,
});

describe('the access log in words', () => {
  it('says who looked at what, and names the therapist as the person’s therapist', () => {
    expect(accessWords(entry('read', 'session-logs'))).toBe(
      'Ana Lopez (your therapist) looked at your sessions',
    );
    expect(accessWords(entry('change', 'findings'))).toBe(
      'Ana Lopez (your therapist) changed the points found by hand',
    );
    expect(
      accessWords({
        ...entry('change', 'role'),
        actor: { id: null, displayName: 'Sam', role: 'administrator' },
      }),
    ).toBe('Sam (the administrator) changed your account role');
  });

  it('keeps an unknown kind of data readable instead of hiding it', () => {
    expect(resourceWords('sleep-notes')).toBe('your sleep notes');
    expect(resourceWords('pain-maps/1234')).toBe('your pain maps');
  });
});
