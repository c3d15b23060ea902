import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckInRecord } from '../../core/contracts/records.js';
import { checkInFromDraft, checkInProblemWords, withCheckIn } from './check-in-draft.js';

const id = '0b7e6a52-1c4f-4f3e-a6d1-2f9b8c7d6e5f';

describe('the weekly check-in form', () => {
  it('makes a check-in the server accepts, leaving out empty activity rows and tidying names', () => {
    const made = checkInFromDraft(
      {
        averagePain: 5,
        activities: [
          { name: '  Walking   to work ', score: 6 },
          { name: '', score: null },
        ],
      },
      id,
      '2024-03-08',
    );
    expect(made.ok && CheckInRecord.parse(made.value)).toEqual({
      id,
      at: '2024-03-08',
      averagePain: 5,
      activities: [{ name: 'Walking to work', score: 6 }],
    });
  });

  it('asks for the average pain, a score for each named activity, a name for each score, and each name once', () => {
    const problem = (draft: Parameters<typeof checkInFromDraft>[0]) => {
      const made = checkInFromDraft(draft, id, '2024-03-08');
      return made.ok ? null : made.message;
    };
    expect(problem({ averagePain: null, activities: [] })).toBe(checkInProblemWords['no-pain']);
    expect(problem({ averagePain: 4, activities: [{ name: 'Driving', score: null }] })).toBe(
      checkInProblemWords['no-score'],
    );
    expect(problem({ averagePain: 4, activities: [{ name: ' ', score: 3 }] })).toBe(
      checkInProblemWords['no-name'],
    );
    expect(
      problem({
        averagePain: 4,
        activities: [
          { name: 'Driving', score: 3 },
          { name: 'driving ', score: 5 },
        ],
      }),
    ).toBe(checkInProblemWords['same-name']);
  });

  it('always makes a valid record when it makes one at all', () => {
    const activity = fc.record({
      name: fc.string({ maxLength: 90 }),
      score: fc.option(fc.integer({ min: 0, max: 10 })),
    });
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 10 })),
        fc.array(activity, { maxLength: 3 }),
        (averagePain, activities) => {
          const made = checkInFromDraft({ averagePain, activities }, id, '2024-03-08');
          if (made.ok) expect(CheckInRecord.safeParse(made.value).success).toBe(true);
        },
      ),
    );
  });

  it('replaces this week’s check-in when saved again, and adds a new one otherwise', () => {
    const first = { id, at: '2024-03-01', averagePain: 6, activities: [] };
    const again = { ...first, averagePain: 4 };
    expect(withCheckIn([first], again)).toEqual([again]);
    const other = { ...first, id: '1b7e6a52-1c4f-4f3e-a6d1-2f9b8c7d6e5f' };
    expect(withCheckIn([first], other)).toEqual([first, other]);
    expect(withCheckIn(null, first)).toEqual([first]);
  });
});
