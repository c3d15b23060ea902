// GET /api/me/progress, written once for server and web: the query, and the answer holding
// core's ProgressSummary (computed in src/core/progress) with the clock it was computed for.
import { z } from 'zod';
import type { ProgressSummary as CoreProgressSummary } from '../progress/index.js';
import { Instant } from './records.js';

export const ProgressQuery = z.object({
  now: Instant.optional().describe('The moment to compute for; the server clock when left out'),
  utcOffsetMinutes: z.coerce
    .number()
    .int()
    .min(-720)
    .max(840)
    .optional()
    .describe(
      'Minutes to add to UTC for local time (+60 in Paris in winter). When left out: the ' +
        "offset of the reminder settings' time zone at `now`, else 0 (UTC).",
    ),
});

// Core's summary holds readonly lists; the schema says the same, so it is core's type exactly.
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const LocalDate = z.string().describe('A local date, like 2024-03-04');
const IsoWeekKey = z.string().describe('An ISO week, like 2020-W53');

const SessionPain = z.object({
  sessionId: z.string(),
  startedAt: z.string(),
  date: LocalDate,
  week: IsoWeekKey,
  painBefore: z.number().nullable(),
  painAfter: z.number().nullable(),
  drop: z.number().nullable().describe('painBefore - painAfter: positive when pain eased'),
});

const DailyPain = z.object({
  date: LocalDate,
  day: z.number().int().describe('Days since 1970-01-01 in local time'),
  meanPainBefore: z.number(),
  sessions: z.number().int(),
});

const WeeklyPain = z.object({
  week: IsoWeekKey,
  startsOn: LocalDate,
  meanPainBefore: z.number(),
  sessions: z.number().int(),
});

const TrendDirection = z.enum(['going down', 'flat', 'going up']);

const PainTrend = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('not-enough-data'),
    days: z.number().int(),
    daysNeeded: z.number().int(),
    label: z.string(),
  }),
  z.object({
    status: z.literal('ready'),
    days: z.number().int(),
    fromDate: LocalDate,
    toDate: LocalDate,
    slopePerWeek: z.number().describe('Pain points per week; below 0 is better'),
    direction: TrendDirection,
    label: z.string(),
  }),
]);

const HelpEstimate = z.discriminatedUnion('status', [
  z.object({
    id: z.string(),
    status: z.literal('ready'),
    sessions: z.number().int(),
    meanDrop: z.number(),
    low: z.number(),
    high: z.number(),
    smallestDrop: z.number(),
    largestDrop: z.number(),
    label: z.string(),
  }),
  z.object({
    id: z.string(),
    status: z.literal('not-enough-data'),
    sessions: z.number().int(),
    sessionsNeeded: z.number().int(),
    label: z.string(),
  }),
]);

const WeekAdherence = z.object({
  week: IsoWeekKey,
  startsOn: LocalDate,
  sessions: z.number().int(),
  planned: z.number(),
  ratio: z.number(),
  percentShown: z.number(),
  metPlan: z.boolean(),
  inProgress: z.boolean(),
  label: z.string(),
});

const Adherence = z.discriminatedUnion('status', [
  z.object({ status: z.literal('no-plan'), label: z.string() }),
  z.object({
    status: z.literal('ready'),
    sessionsPerWeek: z.number(),
    weeks: list(WeekAdherence),
    currentStreak: z.number().int(),
    longestStreak: z.number().int(),
    label: z.string(),
  }),
]);

const ChangeDirection = z.enum(['better', 'worse', 'same']);

const PainChange = z.object({
  from: z.number(),
  to: z.number(),
  difference: z.number(),
  percent: z.number().nullable(),
  direction: ChangeDirection,
  meaningful: z.boolean(),
  source: z.string(),
  label: z.string(),
});

const ActivityChange = PainChange.omit({ percent: true });

const ActivityMeanChange = z.object({
  from: z.number(),
  to: z.number(),
  difference: z.number(),
  activities: z.number().int(),
  direction: ChangeDirection,
  meaningful: z.boolean(),
  source: z.string(),
});

const CheckInProgress = z.object({
  id: z.string(),
  date: LocalDate,
  week: IsoWeekKey,
  isBaseline: z.boolean(),
  averagePain: z.number(),
  painVsBaseline: PainChange.nullable(),
  painVsPrevious: PainChange.nullable(),
  activities: list(
    z.object({
      name: z.string(),
      score: z.number(),
      vsBaseline: ActivityChange.nullable(),
      vsPrevious: ActivityChange.nullable(),
    }),
  ),
  activityMean: z.number().nullable().describe('The PSFS score: the mean over the activities'),
  activityMeanVsBaseline: ActivityMeanChange.nullable(),
  activityMeanVsPrevious: ActivityMeanChange.nullable(),
});

const HarmReportProgress = z.object({
  sessionId: z.string(),
  date: LocalDate.describe('Local date of the session the report is about'),
  because: z.enum(['pain-worse', 'too-much-twice', 'person']),
  stepId: z.string(),
  stepTitle: z.string(),
  what: z.string(),
  where: z.string(),
  howBad: z.number(),
  stillNow: z.boolean(),
  broughtBackOn: LocalDate.nullable().describe('Null while the step is left out of the plan'),
});

const IgnoredRecord = z.object({
  kind: z.enum(['session', 'check-in']),
  id: z.string(),
  reason: z.enum([
    'bad-date',
    'pain-out-of-range',
    'score-out-of-range',
    'too-many-activities',
    'duplicate-id',
  ]),
});

export const ProgressSummary = z
  .object({
    today: LocalDate,
    sessions: list(SessionPain),
    painByDay: list(DailyPain),
    painByWeek: list(WeeklyPain),
    trend: z.object({ overall: PainTrend, recent: PainTrend }),
    whatHelps: z.object({
      triggerPoints: list(HelpEstimate),
      techniques: list(HelpEstimate),
    }),
    adherence: Adherence,
    checkIns: list(CheckInProgress),
    harmReports: list(HarmReportProgress).describe('Harm reports, newest first'),
    ignored: list(IgnoredRecord).describe('Records left out of the statistics, and why'),
  })
  .describe('Pain per session and over time, what helps, adherence and check-ins');
export type ProgressSummary = z.infer<typeof ProgressSummary>;

// The schema states core's type again for HTTP; this line fails to compile if the two differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesCore: Same<ProgressSummary, CoreProgressSummary> = true;
void schemaMatchesCore;

export const ProgressAnswer = z.object({
  clock: z.object({
    now: z.string(),
    utcOffsetMinutes: z.number().int(),
    offsetFrom: z.enum(['query', 'reminders', 'utc']),
  }),
  progress: ProgressSummary,
});
export type ProgressAnswer = z.infer<typeof ProgressAnswer>;
