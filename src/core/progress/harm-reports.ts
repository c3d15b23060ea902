// The harm reports a person made, for progress and their therapist: newest first, each on the
// person's local calendar, with whether the step is still left out of the plan.
import { dayOfLocalTime, formatDay, localTimeOf } from './calendar.js';
import type { PlacedSession } from './placement.js';

export interface HarmReportProgress {
  readonly sessionId: string;
  /** Local date of the session the report is about. */
  readonly date: string;
  readonly because: 'pain-worse' | 'too-much-twice' | 'person';
  readonly stepId: string;
  readonly stepTitle: string;
  readonly what: string;
  readonly where: string;
  readonly howBad: number;
  readonly stillNow: boolean;
  /** Local date the step was put back in the plan; null while it is left out. */
  readonly broughtBackOn: string | null;
}

const localDate = (ms: number, utcOffsetMinutes: number): string | null => {
  const local = localTimeOf(new Date(ms).toISOString(), utcOffsetMinutes);
  return local === null ? null : formatDay(dayOfLocalTime(local));
};

export function harmReports(
  placed: readonly PlacedSession[],
  utcOffsetMinutes: number,
): HarmReportProgress[] {
  const reports: HarmReportProgress[] = [];
  for (const { session, day } of placed) {
    const { harm } = session;
    if (!harm) continue;
    reports.push({
      sessionId: session.id,
      date: formatDay(day),
      because: harm.because,
      stepId: harm.step.id,
      stepTitle: harm.step.title,
      what: harm.what,
      where: harm.where,
      howBad: harm.howBad,
      stillNow: harm.stillNow,
      broughtBackOn:
        harm.broughtBackAt === null ? null : localDate(harm.broughtBackAt, utcOffsetMinutes),
    });
  }
  return reports.reverse();
}
