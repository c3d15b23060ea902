// What the plan-history tests share: a fixed request, a clock, and sessions written in a line.
import { type PlanInput, validatePlanRequest } from '../contracts/plan.js';
import type { LoggedSession, PointEnding, ProgressClock } from '../progress/index.js';

/** Both sides of the low back and the left buttock; a tennis ball, the floor and a wall. */
export const lowBackBody = {
  regions: [
    { id: 'low-back-left', intensity: 6 },
    { id: 'low-back-right', intensity: 5 },
    { id: 'thigh-back-upper-left', intensity: 5 },
  ],
  answers: { age: 40, 'pain-now': 5 },
  preferences: {
    tools: ['tennis-ball'],
    places: ['floor', 'wall'],
    bodySize: 'medium',
    minutes: 30,
  },
};

export function requestOf(body: unknown): PlanInput {
  const checked = validatePlanRequest(body);
  if (!checked.ok) throw new Error(`invalid test request: ${checked.message}`);
  return checked.value;
}

/** Noon UTC on 3 December 2026, read in UTC. */
export const clock: ProgressClock = { now: '2026-12-03T12:00:00Z', utcOffsetMinutes: 0 };

/** A point as worked: [trigger point id, technique id, how it ended]. */
export type Worked = readonly [string, string, PointEnding];

/** A session `daysAgo` days before the clock's day, at 08:00 UTC. */
export function session(
  daysAgo: number,
  painBefore: number | null,
  painAfter: number | null,
  points: readonly Worked[],
): LoggedSession {
  const at = new Date(Date.UTC(2026, 11, 3 - daysAgo, 8));
  return {
    id: `s-${daysAgo}-${points.map((point) => point[0]).join('+')}`,
    startedAt: at.toISOString(),
    painBefore,
    painAfter,
    points: points.map(([triggerPoint, technique, endedBy]) => ({
      triggerPoint,
      technique,
      endedBy,
    })),
  };
}

/** The same point worked on consecutive days, ending `daysAgo`, one relief a day. */
export const daily = (
  daysAgo: number,
  reliefs: readonly number[],
  worked: Worked | readonly Worked[],
): LoggedSession[] => {
  const points = (typeof worked[0] === 'string' ? [worked] : worked) as readonly Worked[];
  return reliefs.map((relief, i) =>
    session(daysAgo + reliefs.length - 1 - i, 6, 6 - relief, points),
  );
};
