// What the device holds, as the progress statistics read it: the same mapping the server uses
// for stored logs, so a person sees the same figures before and after signing in.
import type { CheckInRecord } from '../../core/contracts/records.js';
import type { SessionLog } from '../../core/contracts/session-log.js';
import {
  loggedSessionOf,
  type PlanCadence,
  type ProgressInput,
} from '../../core/progress/index.js';
import { localDateAt } from '../../core/reminders/index.js';

export { loggedSessionOf };

/** Minutes to add to UTC for local time here and now (+60 in Paris in winter). */
export const utcOffsetMinutesAt = (at: Date): number => -at.getTimezoneOffset() || 0;

export interface DeviceProgressSource {
  readonly logs: readonly SessionLog[];
  readonly checkIns: readonly CheckInRecord[];
  /** When the plan on the device was made (ISO), or null without a plan. */
  readonly planCreatedAt: string | null;
  readonly sessionsPerWeek: number | null;
  readonly now: Date;
  readonly utcOffsetMinutes: number;
}

export function deviceProgressInput(source: DeviceProgressSource): ProgressInput {
  const planStart = source.planCreatedAt === null ? Number.NaN : Date.parse(source.planCreatedAt);
  const plan: PlanCadence | null =
    source.sessionsPerWeek === null
      ? null
      : {
          sessionsPerWeek: source.sessionsPerWeek,
          ...(Number.isNaN(planStart)
            ? {}
            : { startedOn: localDateAt(new Date(planStart), source.utcOffsetMinutes) }),
        };
  return {
    sessions: source.logs.map(loggedSessionOf),
    checkIns: source.checkIns.map((checkIn) => ({
      id: checkIn.id,
      at: checkIn.at,
      averagePain: checkIn.averagePain,
      activities: checkIn.activities,
    })),
    plan,
    clock: { now: source.now.toISOString(), utcOffsetMinutes: source.utcOffsetMinutes },
  };
}
