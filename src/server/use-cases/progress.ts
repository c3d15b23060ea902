// A person's progress: reads their sessions, check-ins and newest plan, picks the local clock
// (the query's offset, else their reminders' time zone, else UTC) and lets core summarise.
import type { ProgressAnswer } from '../../core/contracts/progress.js';
import {
  type CheckIn,
  loggedSessionOf,
  type PlanCadence,
  progressSummary,
} from '../../core/progress/index.js';
import { localDateAt, utcOffsetMinutesAt } from '../../core/reminders/index.js';
import { findReminders } from '../../db/repositories/reminder-settings.js';
import { sessionLogSummaries } from '../../db/repositories/session-logs.js';
import { recordStores } from '../../db/repositories/stores.js';
import { invalidInput } from '../errors.js';
import type { UseCaseDeps } from './deps.js';

export interface ProgressAsk {
  readonly now?: string | undefined;
  readonly utcOffsetMinutes?: number | undefined;
  /** The goal to count against instead of the newest own plan's (an assigned plan's). */
  readonly goal?: { readonly sessionsPerWeek: number; readonly since: string } | undefined;
}

/** The progress answer; a clock core refuses is a 400 invalid_query naming it. */
export async function progressOf(
  deps: UseCaseDeps,
  userId: string,
  ask: ProgressAsk,
): Promise<ProgressAnswer> {
  const { db } = deps;
  const now = ask.now ?? deps.clock().toISOString();
  let utcOffsetMinutes = ask.utcOffsetMinutes;
  let offsetFrom: ProgressAnswer['clock']['offsetFrom'] = 'query';
  if (utcOffsetMinutes === undefined) {
    const reminders = await findReminders(db, userId);
    utcOffsetMinutes = reminders
      ? utcOffsetMinutesAt(reminders.settings.timeZone, new Date(now))
      : 0;
    offsetFrom = reminders ? 'reminders' : 'utc';
  }
  const offset = utcOffsetMinutes;

  const sessions = (await sessionLogSummaries(db, userId)).map(loggedSessionOf);
  const checkIns: CheckIn[] = (await recordStores.checkIns.all(db, userId)).map((checkIn) => ({
    id: checkIn.id,
    at: checkIn.at,
    averagePain: checkIn.averagePain,
    activities: checkIn.activities,
  }));
  const newestPlan = ask.goal
    ? undefined
    : (await recordStores.plans.list(db, userId, { limit: 1, after: null })).items[0];
  const goal =
    ask.goal ??
    (newestPlan?.sessionsPerWeek === undefined
      ? null
      : { sessionsPerWeek: newestPlan.sessionsPerWeek, since: newestPlan.createdAt });
  const plan: PlanCadence | null =
    goal === null
      ? null
      : {
          sessionsPerWeek: goal.sessionsPerWeek,
          startedOn: localDateAt(new Date(goal.since), offset),
        };

  const summary = progressSummary({
    sessions,
    checkIns,
    plan,
    clock: { now, utcOffsetMinutes: offset },
  });
  if (!summary.ok) {
    const field = (summary.details as { field?: string } | undefined)?.field ?? '';
    throw invalidInput(
      [{ path: field, code: summary.code, message: summary.message }],
      'invalid_query',
    );
  }
  return { clock: { now, utcOffsetMinutes: offset, offsetFrom }, progress: summary.value };
}
