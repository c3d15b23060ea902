// The weekly check-in form's contents and the record they make: average pain (NPRS 0-10) and
// up to three activities the person chose, each 0-10 (the PSFS method: 0 = cannot do it,
// 10 = as well as before the pain). Pure: the id and the date come in as arguments.
import type { CheckInRecord } from '../../core/contracts/records.js';
import { err, ok, type Result } from '../../core/result.js';

export const MOST_ACTIVITIES = 3;

export interface ActivityDraft {
  readonly name: string;
  readonly score: number | null;
}

export interface CheckInDraft {
  readonly averagePain: number | null;
  readonly activities: readonly ActivityDraft[];
}

export type CheckInProblem = 'no-pain' | 'no-score' | 'no-name' | 'same-name' | 'long-name';

export const checkInProblemWords: Record<CheckInProblem, string> = {
  'no-pain': 'Pick your average pain over the past week.',
  'no-score': 'Pick a score for each activity you named.',
  'no-name': 'Name each activity you scored.',
  'same-name': 'Name each activity only once.',
  'long-name': 'Keep each activity name under 80 characters.',
};

/** Ideas for activities that back pain often makes hard; the person can write their own. */
export const activityIdeas: readonly string[] = [
  'Sitting for an hour',
  'Walking for 20 minutes',
  'Bending to put on socks',
  'Lifting a bag of shopping',
  'Getting out of bed',
  'Standing to cook',
  'Sleeping through the night',
  'Driving',
];

const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The record for a filled-in form; empty activity rows are left out. */
export function checkInFromDraft(
  draft: CheckInDraft,
  id: string,
  at: string,
): Result<CheckInRecord, CheckInProblem> {
  if (draft.averagePain === null) return err('no-pain', checkInProblemWords['no-pain']);
  const filled = draft.activities.filter((a) => a.name.trim() !== '' || a.score !== null);
  const seen = new Set<string>();
  const activities: { name: string; score: number }[] = [];
  for (const activity of filled.slice(0, MOST_ACTIVITIES)) {
    const name = activity.name.trim().replace(/\s+/g, ' ');
    if (name === '') return err('no-name', checkInProblemWords['no-name']);
    if (activity.score === null) return err('no-score', checkInProblemWords['no-score']);
    if (name.length > 80) return err('long-name', checkInProblemWords['long-name']);
    if (seen.has(sameName(name))) return err('same-name', checkInProblemWords['same-name']);
    seen.add(sameName(name));
    activities.push({ name, score: activity.score });
  }
  return ok({ id, at, averagePain: draft.averagePain, activities });
}

/** The device's check-ins with this one put in: replaced when its id is there, else added. */
export function withCheckIn(
  kept: readonly CheckInRecord[] | null,
  checkIn: CheckInRecord,
): CheckInRecord[] {
  const list = kept ?? [];
  return list.some((c) => c.id === checkIn.id)
    ? list.map((c) => (c.id === checkIn.id ? checkIn : c))
    : [...list, checkIn];
}
