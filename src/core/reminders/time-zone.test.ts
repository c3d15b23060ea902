import { describe, expect, it } from 'vitest';
import { localDateAt, localMomentIn, utcOffsetMinutesAt, wallClockIn } from './time-zone.js';

describe('local time in a time zone', () => {
  it('follows summer time where the zone has it', () => {
    expect(utcOffsetMinutesAt('Europe/Paris', new Date('2024-01-15T12:00:00Z'))).toBe(60);
    expect(utcOffsetMinutesAt('Europe/Paris', new Date('2024-07-15T12:00:00Z'))).toBe(120);
    expect(utcOffsetMinutesAt('America/New_York', new Date('2024-01-15T12:00:00Z'))).toBe(-300);
    expect(utcOffsetMinutesAt('Asia/Kolkata', new Date('2024-01-15T12:00:00Z'))).toBe(330);
    expect(utcOffsetMinutesAt('UTC', new Date('2024-01-15T12:00:00Z'))).toBe(0);
  });

  it('gives the wall-clock moment a person there would read', () => {
    expect(localMomentIn(new Date('2024-03-05T23:30:00Z'), 'Europe/Paris')).toBe(
      '2024-03-06T00:30',
    );
    expect(localMomentIn(new Date('2024-03-05T23:30:00Z'), 'America/New_York')).toBe(
      '2024-03-05T18:30',
    );
  });

  it('answers an unknown zone with null (and offset 0) instead of throwing', () => {
    expect(wallClockIn(new Date(0), 'Not/A_Zone')).toBeNull();
    expect(localMomentIn(new Date(0), 'Not/A_Zone')).toBeNull();
    expect(utcOffsetMinutesAt('Not/A_Zone', new Date(0))).toBe(0);
  });

  it('gives the local date for a fixed offset', () => {
    expect(localDateAt(new Date('2024-03-05T23:30:00Z'), 60)).toBe('2024-03-06');
    expect(localDateAt(new Date('2024-03-05T03:30:00Z'), -300)).toBe('2024-03-04');
  });
});
