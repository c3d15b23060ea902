// Local time in an IANA time zone, for reminders and progress: written once for the server
// (which knows the zone from the reminder settings) and the web (the browser's own zone).
// Intl's zone rules are data, not a clock: the instant always comes in as an argument.

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What a clock on the wall in `timeZone` shows at instant `at`; null for an unknown zone. */
export function wallClockIn(at: Date, timeZone: string): WallClock | null {
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
  } catch {
    return null;
  }
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The offset from UTC in minutes of a time zone at one instant (+60 for Paris in winter). */
export function utcOffsetMinutesAt(timeZone: string, at: Date): number {
  const wall = wallClockIn(at, timeZone);
  if (wall === null) return 0;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

const two = (n: number) => String(n).padStart(2, '0');

/** The local wall-clock moment (YYYY-MM-DDTHH:MM) of an instant in a time zone, or null. */
export function localMomentIn(at: Date, timeZone: string): string | null {
  const wall = wallClockIn(at, timeZone);
  return wall === null
    ? null
    : `${wall.year}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}`;
}

/** The local date (YYYY-MM-DD) at an instant, for a fixed offset in minutes. */
export const localDateAt = (at: Date, utcOffsetMinutes: number): string =>
  new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
