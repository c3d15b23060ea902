import { describe, expect, it } from 'vitest';
import { placeSessions } from './placement.js';
import type { LoggedSession } from './types.js';

const session = (
  id: string,
  startedAt: string,
  painBefore: number | null,
  painAfter: number | null,
): LoggedSession => ({
  id,
  startedAt,
  painBefore,
  painAfter,
  points: [],
});

describe('putting sessions on the calendar', () => {
  it('orders by local time, then by id for sessions started at the same moment', () => {
    const { placed } = placeSessions(
      [
        session('b', '2024-03-04T08:00:00Z', 5, 4),
        session('c', '2024-03-04T07:00:00Z', 5, 4),
        session('a', '2024-03-04T09:00:00+01:00', 5, 4),
      ],
      0,
    );
    expect(placed.map((item) => item.session.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps a session without pain scores, and sets aside scores outside 0 to 10', () => {
    const { placed, ignored } = placeSessions(
      [
        session('no-scores', '2024-03-04T08:00:00Z', null, null),
        session('eleven', '2024-03-04T08:00:00Z', 11, 4),
        session('below-zero', '2024-03-04T08:00:00Z', 5, -1),
        session('not-a-number', '2024-03-04T08:00:00Z', Number.NaN, 4),
      ],
      0,
    );
    expect(placed.map((item) => item.session.id)).toEqual(['no-scores']);
    expect(ignored.map((entry) => entry.id)).toEqual(['eleven', 'below-zero', 'not-a-number']);
    expect(
      ignored.every((entry) => entry.kind === 'session' && entry.reason === 'pain-out-of-range'),
    ).toBe(true);
  });
});
