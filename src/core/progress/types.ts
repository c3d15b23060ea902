// What the progress statistics read: logged sessions, weekly check-ins and the plan's cadence.
// Structural and minimal, so the database rows and the web's device store can map onto them.

/** How a point's work ended in the session player. */
export type PointEnding = 'completed' | 'relief' | 'too-much' | 'skipped';

/** How a point felt, as the person rated it after working it. */
export interface PointRating {
  readonly tender?: boolean;
  readonly reproduced?: boolean;
  readonly eased?: boolean;
}

/** One trigger point as it was worked (or skipped) in a session. */
export interface LoggedPoint {
  readonly triggerPoint: string;
  readonly technique: string | null;
  readonly endedBy: PointEnding;
  readonly rating?: PointRating;
}

/** One logged session. Pain scores are NPRS 0-10; null when the person did not answer. */
export interface LoggedSession {
  readonly id: string;
  /** ISO 8601: an instant with `Z` or an offset, or a local wall time without one. */
  readonly startedAt: string;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly points: readonly LoggedPoint[];
  /** A harm report the person made after this session, if any. */
  readonly harm?: LoggedHarm;
}

/** What a person reported went wrong in a session (times in ms since the epoch). */
export interface LoggedHarm {
  readonly reportedAt: number;
  readonly because: 'pain-worse' | 'too-much-twice' | 'person';
  readonly step: {
    readonly id: string;
    readonly triggerPoint: string | null;
    readonly title: string;
  };
  readonly what: string;
  readonly where: string;
  readonly howBad: number;
  readonly stillNow: boolean;
  readonly broughtBackAt: number | null;
}

/** One activity of the Patient-Specific Functional Scale: 0 = cannot do it, 10 = as before. */
export interface CheckInActivity {
  readonly name: string;
  readonly score: number;
}

/** A weekly check-in: average pain over the week (NPRS 0-10) and up to three PSFS activities. */
export interface CheckIn {
  readonly id: string;
  /** ISO 8601 date (`2024-03-04`, a local date) or date-time (as for `startedAt`). */
  readonly at: string;
  readonly averagePain: number;
  readonly activities: readonly CheckInActivity[];
}

/** The plan's cadence. `startedOn` (local ISO date) lets empty weeks count from the plan's start. */
export interface PlanCadence {
  readonly sessionsPerWeek: number;
  readonly startedOn?: string;
}

/**
 * Where "now" is. `utcOffsetMinutes` is added to UTC to get local time (+60 in Paris in
 * winter, -300 in New York in winter); one fixed offset for the whole history.
 */
export interface ProgressClock {
  readonly now: string;
  readonly utcOffsetMinutes: number;
}

/** A record that the statistics left out, and why, so the web can say so instead of hiding it. */
export interface IgnoredRecord {
  readonly kind: 'session' | 'check-in';
  readonly id: string;
  readonly reason:
    | 'bad-date'
    | 'pain-out-of-range'
    | 'score-out-of-range'
    | 'too-many-activities'
    | 'duplicate-id';
}
