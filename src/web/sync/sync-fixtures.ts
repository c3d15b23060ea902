// Real device records for the sync tests: a session run through the session machine, a safety
// screen judged by the real triage, the sample plan, and a pain map over real regions.
import type { SessionEvent, SessionLog } from '../../core/contracts/session-log.js';
import { newSession, next, toSessionLog } from '../../core/session/index.js';
import { safetyScreen } from '../../core/spec/index.js';
import { triage } from '../../core/triage/index.js';
import type { DevicePainMap, DevicePlan, DeviceSafety } from '../device/records.js';
import { twoPointPlan } from '../session/sample-plan.js';

/** A session on the two-point plan, started at `startedAt` (ms), ended a few minutes later. */
export function loggedSession(
  id: string,
  startedAt: number,
  pain: { before: number | null; after: number | null; ended?: boolean },
): SessionLog {
  const events: SessionEvent[] = [
    { type: 'start', at: startedAt, ...(pain.before === null ? {} : { painBefore: pain.before }) },
    { type: 'tick', at: startedAt + 20_000 },
  ];
  if (pain.ended !== false) {
    events.push({
      type: 'finish',
      at: startedAt + 180_000,
      ...(pain.after === null ? {} : { painAfter: pain.after }),
    });
  }
  let state = newSession(twoPointPlan);
  for (const event of events) {
    const moved = next(state, event);
    if (!moved.ok) throw new Error(moved.message);
    state = moved.value.state;
  }
  const log = toSessionLog(state, { id, planId: 'plan-from-device' });
  if (!log.ok) throw new Error(log.message);
  return log.value;
}

export function answeredSafety(answeredAt: string): DeviceSafety {
  const answers = Object.fromEntries(
    safetyScreen.questions.map((q) => [
      q.id,
      q.type === 'boolean' ? false : q.id === 'age' ? 40 : q.id === 'pain-weeks' ? 3 : 6,
    ]),
  );
  return { answers, result: triage(answers), answeredAt, changeReportedAt: null };
}

export const devicePlan = (id: string): DevicePlan => ({
  id,
  createdAt: '2024-03-04T08:00:00.000Z',
  request: { regions: [{ id: 'low-back-left', intensity: 6 }] },
  response: { steps: twoPointPlan.steps, estimatedMinutes: 3 },
});

export const painMap = (updatedAt: string): DevicePainMap => ({
  marks: { 'low-back-left': 6, 'buttock-upper-left': 4 },
  updatedAt,
});

/** Ids like a UUID v4, counted up, so a test can tell which one was made when. */
export function countingIds(): () => string {
  let made = 0;
  return () => {
    made += 1;
    return `00000000-0000-4000-8000-${String(made).padStart(12, '0')}`;
  };
}
