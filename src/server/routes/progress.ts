import type { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import { ProgressAnswer, ProgressQuery } from '../../core/contracts/progress.js';
import type { SessionLogRecord } from '../../core/contracts/records.js';
import {
  type CheckIn,
  type LoggedPoint,
  type LoggedSession,
  type PlanCadence,
  progressSummary,
} from '../../core/progress/index.js';
import { localDateAt, utcOffsetMinutesAt } from '../../core/reminders/index.js';
import { findReminders } from '../../db/repositories/reminder-settings.js';
import { sessionLogSummaries } from '../../db/repositories/session-logs.js';
import { recordStores } from '../../db/repositories/stores.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';

/** Mobilisations and advice have no trigger point; what-helps counts trigger points only. */
const loggedPoints = (points: SessionLogRecord['points']): LoggedPoint[] =>
  points.flatMap((point) =>
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
  );

/** A person's progress answer: the person's own view, or a linked therapist's. */
export async function progressOf(
  access: Pick<Access, 'db' | 'clock'>,
  userId: string,
  query: z.infer<typeof ProgressQuery>,
): Promise<ProgressAnswer> {
  const now = query.now ?? access.clock().toISOString();
  const nowDate = new Date(now);
  let utcOffsetMinutes = query.utcOffsetMinutes;
  let offsetFrom: 'query' | 'reminders' | 'utc' = 'query';
  if (utcOffsetMinutes === undefined) {
    const reminders = await findReminders(access.db, userId);
    utcOffsetMinutes = reminders ? utcOffsetMinutesAt(reminders.settings.timeZone, nowDate) : 0;
    offsetFrom = reminders ? 'reminders' : 'utc';
  }
  const offset = utcOffsetMinutes;

  const sessions: LoggedSession[] = (await sessionLogSummaries(access.db, userId)).map((log) => ({
    id: log.id,
    startedAt: new Date(log.startedAt).toISOString(),
    painBefore: log.painBefore,
    painAfter: log.painAfter,
    points: loggedPoints(log.points),
  }));
  const checkIns: CheckIn[] = (await recordStores.checkIns.all(access.db, userId)).map(
    (checkIn) => ({
      id: checkIn.id,
      at: checkIn.at,
      averagePain: checkIn.averagePain,
      activities: checkIn.activities,
    }),
  );
  const newestPlan = (await recordStores.plans.list(access.db, userId, { limit: 1, after: null }))
    .items[0];
  const plan: PlanCadence | null =
    newestPlan?.sessionsPerWeek === undefined
      ? null
      : {
          sessionsPerWeek: newestPlan.sessionsPerWeek,
          startedOn: localDateAt(new Date(newestPlan.createdAt), offset),
        };

  const summary = progressSummary({
    sessions,
    checkIns,
    plan,
    clock: { now, utcOffsetMinutes: offset },
  });
  if (!summary.ok) throw new ApiError('invalid_query', summary.message, summary.details);
  return { clock: { now, utcOffsetMinutes: offset, offsetFrom }, progress: summary.value };
}

export function progressRoutes(app: App, access: Access) {
  app.get(
    '/api/me/progress',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Your progress: pain per session and over time, what helps, adherence, check-ins',
        description:
          'Answers {clock: {now, utcOffsetMinutes, offsetFrom: "query" | "reminders" | "utc"}, ' +
          'progress: ProgressSummary (src/core/progress/summary.ts)}. The plan cadence is the ' +
          'newest stored plan with sessionsPerWeek, counted from the local date it was made.',
        tags: ['progress'],
        querystring: ProgressQuery,
        response: { 200: ProgressAnswer, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => progressOf(access, access.person(request).userId, request.query),
  );
}
