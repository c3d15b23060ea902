// The pain score given in the safety check, when it is fresh enough to stand for "pain now"
// at the start of a session, so a person is not asked the same thing twice in a few minutes.
import type { PainScore } from '../../core/contracts/session-log.js';

/** How long a safety-check score still counts as "right now". */
export const freshPainMinutes = 30;

export function freshPainScore(
  record: {
    readonly answers: Readonly<Record<string, unknown>>;
    readonly answeredAt: string;
  } | null,
  now: Date,
): PainScore | null {
  if (record === null) return null;
  const score = record.answers['pain-now'];
  const age = now.getTime() - Date.parse(record.answeredAt);
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 10) return null;
  return age >= 0 && age <= freshPainMinutes * 60_000 ? score : null;
}
