// What the device holds, as the progress statistics read it: the same mapping the server uses
// for stored logs, so a person sees the same figures before and after signing in.
import type { CheckInRecord } from '../../core/contracts/records.js';
import type { SessionLog } from '../../core/contracts/session-log.js';
import type {
  LoggedPoint,
  LoggedSession,
  PlanCadence,
  ProgressInput,
} from '../../core/progress/index.js';
import { localDateAt } from '../../core/reminders/index.js';

/** Mobilisations and advice have no trigger point; what-helps counts trigger points only. */
export const loggedSessionOf = (log: SessionLog): LoggedSession => ({
  id: log.id,
  startedAt: new Date(log.startedAt).toISOString(),
  painBefore: log.painBefore,
  painAfter: log.painAfter,
  points: log.points.flatMap((point): LoggedPoint[] =>
    point.triggerPoint === null
      ? []
      : [
          {
            triggerPoint: point.triggerPoint,
            technique: point.technique,
            endedBy: point.endedBy,
            ...(point.rating ? { rating: point.rating } : {}),
          },
        ],
  ),
});

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
