// GET /api/me/progress, written once for server and web: the query, and the answer holding
// core's ProgressSummary (typed in src/core/progress) with the clock it was computed for.
import { z } from 'zod';
import type { ProgressSummary } from '../progress/index.js';
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

const summaryParts = ['sessions', 'painByDay', 'painByWeek', 'whatHelps', 'adherence', 'checkIns'];

export const ProgressAnswer = z.object({
  clock: z.object({
    now: z.string(),
    utcOffsetMinutes: z.number().int(),
    offsetFrom: z.enum(['query', 'reminders', 'utc']),
  }),
  // The summary is built by core and typed there; the check here is its outline, so a
  // client talking to a different server version fails clearly instead of half-drawing.
  progress: z
    .custom<ProgressSummary>(
      (value) =>
        typeof value === 'object' && value !== null && summaryParts.every((key) => key in value),
    )
    .describe('ProgressSummary from src/core/progress/summary.ts, typed there'),
});
export type ProgressAnswer = z.infer<typeof ProgressAnswer>;
