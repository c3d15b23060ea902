// What a signed-in person keeps on the server, written once: pain maps, safety screens, plans,
// session logs, check-ins and reminder settings, plus the paging and sync shapes around them.
import { z } from 'zod';
import { isRegionId } from '../body/regions.js';
import { MatchRequestRegion } from './match.js';
import { PainScore, SessionLog } from './session-log.js';
import { Clearance, StoredAnswers, TriageLevel, TriageResponse } from './triage.js';

/**
 * Made by the device (crypto.randomUUID()), so a record keeps its id from the first save on
 * the phone to the server and back: uploading it twice replaces instead of duplicating.
 */
export const RecordId = z.uuid().describe('A UUID the device made for this record');
export type RecordId = z.infer<typeof RecordId>;

// PostgreSQL's jsonb and text refuse the NUL character and half of a UTF-16 surrogate pair.
// Refusing them here turns what would be a database error (a 500) into a 400 naming the field.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unstorableTextPath = (value: unknown, path: PropertyKey[]): PropertyKey[] | null => {
  const bad = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);
  if (typeof value === 'string') return bad(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableTextPath(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (bad(key)) return [...path, key];
      const found = unstorableTextPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
};

/** A refinement for any stored record: every text can be kept by the database as it is. */
export const refuseUnstorableText = (value: unknown, ctx: z.RefinementCtx): void => {
  const path = unstorableTextPath(value, []);
  if (path) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'Text may not hold the NUL character or half of a surrogate pair.',
    });
  }
};

/** A refinement for a list of records: each id once, so one upload never names a record twice. */
const refuseRepeatedIds = (records: readonly { id: string }[], ctx: z.RefinementCtx): void => {
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    const id = record.id.toLowerCase();
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'This id is listed twice.' });
    }
    seen.add(id);
  }
};

/** Many records of one kind, each id once. */
export const recordList = <T extends z.ZodType<{ id: string }>>(record: T, most: number) =>
  z.array(record).max(most).superRefine(refuseRepeatedIds);

// Every stored time and every `now` lies in 2000-2099: a record dated year 1 or 5138 would make
// each progress request walk thousands of years of weeks, and may not be exported as FHIR.
export const EARLIEST_MS = Date.UTC(2000, 0, 1);
export const LATEST_MS = Date.UTC(2100, 0, 1);
export const inStoredRange = (ms: number): boolean => ms >= EARLIEST_MS && ms < LATEST_MS;
const outOfRange = { message: 'must be a time in the years 2000 to 2099' };

/** An instant with its offset, such as 2024-03-04T08:15:00+01:00 or 2024-03-04T07:15:00Z. */
export const Instant = z.iso
  .datetime({ offset: true })
  .refine((text) => inStoredRange(Date.parse(text)), outOfRange)
  .describe('ISO 8601 date and time with Z or an offset, in the years 2000 to 2099');

/** Milliseconds since the epoch, in the years 2000 to 2099. */
export const StoredMs = z
  .number()
  .min(EARLIEST_MS)
  .max(LATEST_MS - 1)
  .describe('Milliseconds since the epoch, in the years 2000 to 2099');

export const PainMapRecord = z
  .strictObject({
    id: RecordId,
    drawnAt: Instant,
    regions: z
      .array(
        MatchRequestRegion.refine((region) => isRegionId(region.id), {
          message: 'This region id is not known.',
          path: ['id'],
        }),
      )
      .min(1)
      .max(1000)
      .describe('The marked regions, as sent to POST /api/match'),
  })
  .superRefine(refuseUnstorableText);
export type PainMapRecord = z.infer<typeof PainMapRecord>;

/**
 * How a person changed the answers of a screen that had stopped self-care: an emergency answer
 * only after confirming "I tapped Yes by mistake", any other stop by answering again. Kept on the
 * new screen, so the history shows the change and what was said before.
 */
export const ScreenCorrection = z.strictObject({
  kind: z
    .enum(['mis-tap', 'answered-again'])
    .describe('mis-tap: confirmed after an emergency result; answered-again: after another stop'),
  confirmedAt: Instant.describe('When the person chose to change the answers'),
  earlier: z.strictObject({
    answeredAt: Instant.nullable().describe('When the stopped screen was answered'),
    level: TriageLevel.describe('The level of the stopped screen'),
    yes: z.array(z.string().max(100)).max(100).describe('The questions answered yes then'),
  }),
});
export type ScreenCorrection = z.infer<typeof ScreenCorrection>;

export const SafetyScreenRecord = z
  .strictObject({
    id: RecordId,
    answeredAt: Instant,
    answers: StoredAnswers,
    // Screens stored before `when` was part of the answer must still load and sync.
    result: TriageResponse.extend({ when: TriageResponse.shape.when.optional() }).describe(
      'The answer of POST /api/triage the person saw',
    ),
    changeReportedAt: Instant.nullable()
      .optional()
      .describe('Set when the person reported that something changed since this screen'),
    correction: ScreenCorrection.optional().describe(
      'Set when these answers replaced a screen that had stopped self-care',
    ),
    clearance: Clearance.optional().describe(
      'Set when a doctor checked the person after an urgent stop; the result rests on it',
    ),
  })
  .superRefine(refuseUnstorableText);
export type SafetyScreenRecord = z.infer<typeof SafetyScreenRecord>;

// The plan request and response are kept as the person's device sent them: the plan's own
// contract belongs to POST /api/plan, and a stored plan must still load after it grows.
const JsonObject = z.record(z.string(), z.json());

export const PlanRecord = z
  .strictObject({
    id: RecordId,
    createdAt: Instant,
    request: JsonObject.describe('The body sent to POST /api/plan'),
    response: JsonObject.describe('The answer of POST /api/plan'),
    sessionsPerWeek: z
      .number()
      .int()
      .min(1)
      .max(14)
      .optional()
      .describe('How many sessions a week the person means to do; progress counts against it'),
  })
  .superRefine(refuseUnstorableText);
export type PlanRecord = z.infer<typeof PlanRecord>;

export const SessionLogRecord = z
  .strictObject({
    ...SessionLog.shape,
    id: RecordId,
    startedAt: StoredMs,
    endedAt: StoredMs.nullable().describe('Null while the session is still open'),
  })
  .superRefine(refuseUnstorableText)
  .superRefine((log, ctx) => {
    for (const [index, event] of log.events.entries()) {
      if (!inStoredRange(event.at))
        ctx.addIssue({ code: 'custom', path: ['events', index, 'at'], ...outOfRange });
    }
    for (const key of ['reportedAt', 'broughtBackAt'] as const) {
      const at = log.harm?.[key];
      if (typeof at === 'number' && !inStoredRange(at))
        ctx.addIssue({ code: 'custom', path: ['harm', key], ...outOfRange });
    }
  });
export type SessionLogRecord = z.infer<typeof SessionLogRecord>;

export const CheckInActivity = z.strictObject({
  name: z.string().trim().min(1).max(80).describe('An activity the person chose, in their words'),
  score: PainScore.describe('0 = cannot do it, 10 = can do it as before the pain'),
});

/** A weekly check-in: average pain (NPRS 0-10) and up to three activities (PSFS method). */
export const CheckInRecord = z
  .strictObject({
    id: RecordId,
    at: z
      .union([
        z.iso.date().refine((day) => inStoredRange(Date.parse(`${day}T12:00:00Z`)), outOfRange),
        Instant,
      ])
      .describe('A local date (2024-03-04) or an instant with its offset'),
    averagePain: PainScore.describe('Average pain over the past week, 0-10'),
    activities: z.array(CheckInActivity).max(3),
  })
  .superRefine(refuseUnstorableText);
export type CheckInRecord = z.infer<typeof CheckInRecord>;

/** Weekday codes as iCalendar writes them (RFC 5545 section 3.3.10, BYDAY). */
export const Weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
export type Weekday = z.infer<typeof Weekday>;

const isKnownTimeZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

export const ReminderSettings = z.strictObject({
  days: z
    .array(Weekday)
    .min(1)
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Each day may be listed once.'),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour time such as 07:30.')
    .describe('Local time of day, HH:MM'),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine(isKnownTimeZone, 'Use a time zone name such as Europe/Paris.')
    .describe('IANA time zone name, such as Europe/Paris'),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const RemindersAnswer = z.object({ reminders: ReminderSettings.nullable() });

/** The five kinds of record with one id each, by their path under /api/me. */
export const recordKinds = {
  'pain-maps': { key: 'painMaps', schema: PainMapRecord },
  'safety-screens': { key: 'safetyScreens', schema: SafetyScreenRecord },
  plans: { key: 'plans', schema: PlanRecord },
  'session-logs': { key: 'sessionLogs', schema: SessionLogRecord },
  'check-ins': { key: 'checkIns', schema: CheckInRecord },
} as const;
export type RecordKind = keyof typeof recordKinds;
export type RecordKey = (typeof recordKinds)[RecordKind]['key'];

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
});

/** Newest first; `nextCursor` is null on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

// One upload holds at most this many records of each kind; a device with more sends batches.
export const mostRecordsPerSync = 1000;

export const SyncRequest = z.strictObject({
  painMaps: recordList(PainMapRecord, mostRecordsPerSync).optional(),
  safetyScreens: recordList(SafetyScreenRecord, mostRecordsPerSync).optional(),
  plans: recordList(PlanRecord, mostRecordsPerSync).optional(),
  sessionLogs: recordList(SessionLogRecord, mostRecordsPerSync).optional(),
  checkIns: recordList(CheckInRecord, mostRecordsPerSync).optional(),
  reminders: ReminderSettings.optional(),
});
export type SyncRequest = z.infer<typeof SyncRequest>;

export const SaveCounts = z.object({
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});
export type SaveCounts = z.infer<typeof SaveCounts>;

export const SyncAnswer = z.object({
  painMaps: SaveCounts,
  safetyScreens: SaveCounts,
  plans: SaveCounts,
  sessionLogs: SaveCounts,
  checkIns: SaveCounts,
  reminders: z.enum(['saved', 'not-sent']),
});
export type SyncAnswer = z.infer<typeof SyncAnswer>;
