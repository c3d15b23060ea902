import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateFromDay,
  dayFromDate,
  dayOfLocalTime,
  formatDay,
  isoWeekOf,
  isValidUtcOffset,
  localTimeOf,
} from './calendar.js';

const weekKeyOn = (year: number, month: number, day: number): string =>
  isoWeekOf(dayFromDate(year, month, day)).key;

const localDate = (text: string, offset: number): string | null => {
  const local = localTimeOf(text, offset);
  return local === null ? null : formatDay(dayOfLocalTime(local));
};

// A second, independent ISO week rule (move to the Thursday, count Thursdays) using Date.
const referenceWeekKey = (dayNumber: number): string => {
  const date = new Date(dayNumber * 86_400_000);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
};

describe('ISO weeks across the turn of the year', () => {
  it('puts the last days of 2020 and the first of 2021 in week 53 of 2020', () => {
    expect(weekKeyOn(2020, 12, 28)).toBe('2020-W53');
    expect(weekKeyOn(2020, 12, 31)).toBe('2020-W53');
    expect(weekKeyOn(2021, 1, 3)).toBe('2020-W53');
    expect(weekKeyOn(2021, 1, 4)).toBe('2021-W01');
  });

  it('puts Monday 31 December 2018 and 30 December 2024 in week 1 of the next year', () => {
    expect(weekKeyOn(2018, 12, 31)).toBe('2019-W01');
    expect(weekKeyOn(2024, 12, 30)).toBe('2025-W01');
    expect(weekKeyOn(2024, 12, 29)).toBe('2024-W52');
  });

  it('gives 2026 a week 53 that runs into 2027', () => {
    expect(weekKeyOn(2026, 12, 31)).toBe('2026-W53');
    expect(weekKeyOn(2027, 1, 3)).toBe('2026-W53');
    expect(weekKeyOn(2027, 1, 4)).toBe('2027-W01');
  });

  it('names the Monday of the week', () => {
    expect(isoWeekOf(dayFromDate(2021, 1, 3)).startsOn).toBe('2020-12-28');
  });

  it('agrees with an independent rule on any day from 1900 to 2200', () => {
    const from = dayFromDate(1900, 1, 1);
    const to = dayFromDate(2200, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (day) => {
        const week = isoWeekOf(day);
        expect(week.key).toBe(referenceWeekKey(day));
        expect(week.week).toBeGreaterThanOrEqual(1);
        expect(week.week).toBeLessThanOrEqual(53);
        expect(day - week.monday).toBeGreaterThanOrEqual(0);
        expect(day - week.monday).toBeLessThan(7);
      }),
    );
  });

  it('turns day numbers into dates and back without loss', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayFromDate(1, 1, 1), max: dayFromDate(9999, 12, 31) }),
        (day) => {
          const { year, month, day: dayOfMonth } = dateFromDay(day);
          expect(dayFromDate(year, month, dayOfMonth)).toBe(day);
          expect(formatDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('local days from ISO text and a time zone offset', () => {
  it('moves a late-evening UTC time into the next day east of Greenwich', () => {
    expect(localDate('2021-01-03T23:30:00Z', 0)).toBe('2021-01-03');
    expect(localDate('2021-01-03T23:30:00Z', 60)).toBe('2021-01-04');
    expect(localDate('2021-01-01T03:00:00.000Z', -300)).toBe('2020-12-31');
  });

  it('reads an explicit offset in the text, then moves to the person offset', () => {
    expect(localDate('2021-01-04T00:30:00+01:00', 0)).toBe('2021-01-03');
    expect(localDate('2021-01-04T00:30:00+01:00', 60)).toBe('2021-01-04');
    expect(localDate('2021-01-03T20:00:00-0500', 0)).toBe('2021-01-04');
  });

  it('takes a date, or a date and time without a zone, as already local', () => {
    expect(localDate('2021-01-04', -600)).toBe('2021-01-04');
    expect(localDate('2021-01-04T00:30', 600)).toBe('2021-01-04');
  });

  it('refuses dates that do not exist and text that is not ISO 8601', () => {
    expect(localTimeOf('2023-02-29', 0)).toBeNull();
    expect(localTimeOf('2024-02-30T10:00:00Z', 0)).toBeNull();
    expect(localTimeOf('2024-01-01T24:00:00Z', 0)).toBeNull();
    expect(localTimeOf('2024-01-01T10:00:00+15:00', 0)).toBeNull();
    expect(localTimeOf('last Tuesday', 0)).toBeNull();
    expect(localTimeOf('2024-02-29', 0)).not.toBeNull();
  });

  it('accepts offsets in whole minutes from UTC-12:00 to UTC+14:00 only', () => {
    expect([-720, 0, 330, 840].map(isValidUtcOffset)).toEqual([true, true, true, true]);
    expect([-721, 841, 30.5, Number.NaN].map(isValidUtcOffset)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('agrees with Date on any UTC instant, shifted by the offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -720, max: 840 }),
        (instant, offset) => {
          const text = new Date(instant).toISOString();
          expect(localTimeOf(text, offset)).toBe(instant + offset * 60_000);
        },
      ),
    );
  });
});
