// The "what loads your back" self-review (S13, S14) as plain data: one tick per question in the
// four overload groups, the record it leaves, and when a fall or knock asks for the safety check.
import type { z } from 'zod';
import { overloadCauses } from '../../../content/overload-causes.js';
import type { OverloadAnswers, OverloadGroup } from '../../../core/contracts/plan.js';
import type { DeviceOverload } from '../../device/records.js';

export type OverloadReview = z.output<typeof DeviceOverload>;
export type OverloadQuestionKey = keyof OverloadAnswers;

export interface OverloadQuestion {
  readonly key: OverloadQuestionKey;
  readonly prompt: string;
}

export interface OverloadQuestionGroup {
  readonly group: OverloadGroup;
  /** The cause's name from content, as the group's heading. */
  readonly title: string;
  readonly questions: readonly OverloadQuestion[];
}

const prompts: Readonly<Record<OverloadGroup, readonly OverloadQuestion[]>> = {
  exertion: [
    {
      key: 'exertion',
      prompt:
        'The pain came after more effort than usual: lifting, a long day of garden work, or a sport after a break.',
    },
  ],
  repetition: [
    {
      key: 'repetition',
      prompt: 'I do one task over and over, or sit or stand the same way for hours.',
    },
    { key: 'sleep', prompt: 'I sleep in the same position night after night.' },
  ],
  biochemical: [
    {
      key: 'biochemical',
      prompt:
        'My sore spots keep coming back, or I have a health problem, an infection or a new medicine.',
    },
  ],
  trauma: [
    { key: 'trauma', prompt: 'The pain began after a slip, a fall, a knock or an accident.' },
  ],
};

const groupOrder: readonly OverloadGroup[] = ['exertion', 'repetition', 'biochemical', 'trauma'];

export const overloadQuestionGroups: readonly OverloadQuestionGroup[] = groupOrder.map((group) => ({
  group,
  title: overloadCauses.find((cause) => cause.group === group)?.name ?? group,
  questions: prompts[group],
}));

/** Ticks or unticks one question; an untick is stored as a plain "no". */
export const withAnswer = (
  answers: OverloadAnswers,
  key: OverloadQuestionKey,
  yes: boolean,
): OverloadAnswers => ({ ...answers, [key]: yes });

/**
 * The record to keep. A fall or knock keeps the moment it was first reported for as long as it
 * stays ticked, so a later save does not ask for the safety check once more.
 */
export function reviewOf(
  answers: OverloadAnswers,
  previous: OverloadReview | null,
  now: Date,
): OverloadReview {
  const at = now.toISOString();
  const reportedBefore = previous?.answers.trauma === true ? previous.traumaReportedAt : null;
  return {
    answers,
    answeredAt: at,
    traumaReportedAt: answers.trauma === true ? (reportedBefore ?? at) : null,
  };
}

/**
 * True while a reported fall or knock has not been followed by the safety questions: they look
 * for a broken bone or nerve harm, which point work must not wait on (content: overload-injury).
 */
export function needsSafetyRecheck(
  review: OverloadReview | null,
  safetyAnsweredAt: string | null,
): boolean {
  if (review?.answers.trauma !== true) return false;
  const reported = Date.parse(review.traumaReportedAt ?? review.answeredAt);
  const answered = safetyAnsweredAt === null ? Number.NaN : Date.parse(safetyAnsweredAt);
  return !(answered > reported);
}
