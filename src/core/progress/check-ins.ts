// Weekly check-ins: average pain (NPRS 0-10) and up to three chosen activities (PSFS 0-10),
// each compared with the first (baseline) check-in and with the one before, flagging real change.
import { formatDay, isoWeekOf } from './calendar.js';
import { mean } from './estimates.js';
import { activityChangeLabel, type ChangeReference, painChangeLabel } from './labels.js';
import type { PlacedCheckIn } from './placement.js';

export const PAIN_CHANGE_SOURCE =
  'Farrar JT et al. 2001, Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale, Pain 94(2):149-158';
export const ACTIVITY_CHANGE_SOURCE =
  'Stratford P et al. 1995, Assessing disability and change on individual patients: a report of a patient specific measure, Physiotherapy Canada 47:258-263; Horn KK et al. 2012, The Patient-Specific Functional Scale: psychometrics, clinimetrics, and application as a clinical outcome measure, J Orthop Sports Phys Ther 42(1):30-42';

/**
 * Farrar et al. 2001: a drop of 2 points, or of 30%, matched "much improved" on the NPRS. The
 * 30% arm comes from people whose pain started at 4 or more (the trials Farrar pooled took
 * only those), and at a low start it is less than a point: 2 -> 1 is 50% but not a change a
 * person can tell from a day's noise. So the 30% arm applies from a baseline of 4.
 */
export const MEANINGFUL_PAIN_POINTS = 2;
export const MEANINGFUL_PAIN_SHARE = 0.3;
export const MEANINGFUL_PAIN_SHARE_FROM = 4;
/**
 * PSFS (Stratford et al. 1995; summarised by Horn et al. 2012): the mean score over the
 * activities is the measure, with 2 points the smallest change beyond measurement error; a
 * single activity needs 3 points.
 */
export const MEANINGFUL_ACTIVITY_MEAN_POINTS = 2;
export const MEANINGFUL_ACTIVITY_POINTS = 3;

// Scores may carry decimals (a week's average); 2.9 - 0.9 must still count as 2.
const SLACK = 1e-9;

export type ChangeDirection = 'better' | 'worse' | 'same';

export interface PainChange {
  readonly from: number;
  readonly to: number;
  /** to - from: below 0 is better for pain. */
  readonly difference: number;
  /** difference / from in percent; null when `from` is 0. */
  readonly percent: number | null;
  readonly direction: ChangeDirection;
  readonly meaningful: boolean;
  readonly source: string;
  readonly label: string;
}

export interface ActivityChange {
  readonly from: number;
  readonly to: number;
  /** to - from: above 0 is better for an activity. */
  readonly difference: number;
  readonly direction: ChangeDirection;
  readonly meaningful: boolean;
  readonly source: string;
  readonly label: string;
}

export interface ActivityProgress {
  readonly name: string;
  readonly score: number;
  /** null for the baseline itself, or when the activity was not rated then. */
  readonly vsBaseline: ActivityChange | null;
  readonly vsPrevious: ActivityChange | null;
}

/** The PSFS mean over the activities rated both times, compared (Horn et al. 2012). */
export interface ActivityMeanChange {
  readonly from: number;
  readonly to: number;
  /** to - from: above 0 is better. */
  readonly difference: number;
  /** How many activities the two means share. */
  readonly activities: number;
  readonly direction: ChangeDirection;
  readonly meaningful: boolean;
  readonly source: string;
}

export interface CheckInProgress {
  readonly id: string;
  readonly date: string;
  readonly week: string;
  readonly isBaseline: boolean;
  readonly averagePain: number;
  readonly painVsBaseline: PainChange | null;
  readonly painVsPrevious: PainChange | null;
  readonly activities: readonly ActivityProgress[];
  /** The PSFS score: the mean over this check-in's activities; null with none. */
  readonly activityMean: number | null;
  readonly activityMeanVsBaseline: ActivityMeanChange | null;
  readonly activityMeanVsPrevious: ActivityMeanChange | null;
}

/**
 * Farrar et al. measured drops; we flag a rise of the same size too, so a worse week is not
 * hidden. Direction: lower pain is better.
 */
export const painChange = (from: number, to: number, reference: ChangeReference): PainChange => {
  const difference = to - from;
  const percent = from === 0 ? null : (difference / from) * 100;
  const meaningful =
    Math.abs(difference) >= MEANINGFUL_PAIN_POINTS - SLACK ||
    (from >= MEANINGFUL_PAIN_SHARE_FROM - SLACK &&
      Math.abs(difference) >= MEANINGFUL_PAIN_SHARE * from - SLACK);
  return {
    from,
    to,
    difference,
    percent,
    direction: difference < 0 ? 'better' : difference > 0 ? 'worse' : 'same',
    meaningful: difference !== 0 && meaningful,
    source: PAIN_CHANGE_SOURCE,
    label: painChangeLabel(difference, percent, difference !== 0 && meaningful, reference),
  };
};

/** Direction: a higher PSFS score is better (the activity got easier). */
export const activityChange = (
  name: string,
  from: number,
  to: number,
  reference: ChangeReference,
): ActivityChange => {
  const difference = to - from;
  const meaningful = Math.abs(difference) >= MEANINGFUL_ACTIVITY_POINTS - SLACK;
  return {
    from,
    to,
    difference,
    direction: difference > 0 ? 'better' : difference < 0 ? 'worse' : 'same',
    meaningful,
    source: ACTIVITY_CHANGE_SOURCE,
    label: activityChangeLabel(name, difference, meaningful, reference),
  };
};

const meanOrNull = (values: readonly number[]): number | null =>
  values.length === 0 ? null : mean(values);

/**
 * The PSFS mean now against the mean then, over the activities rated both times, so a newly
 * added activity does not move the score; null when they share none.
 */
export function activityMeanChange(
  past: ReadonlyMap<string, number>,
  now: ReadonlyMap<string, number>,
): ActivityMeanChange | null {
  const shared = [...now.keys()].filter((key) => past.has(key));
  const from = meanOrNull(shared.map((key) => past.get(key) ?? 0));
  const to = meanOrNull(shared.map((key) => now.get(key) ?? 0));
  if (from === null || to === null) return null;
  const difference = to - from;
  return {
    from,
    to,
    difference,
    activities: shared.length,
    direction: difference > 0 ? 'better' : difference < 0 ? 'worse' : 'same',
    meaningful: Math.abs(difference) >= MEANINGFUL_ACTIVITY_MEAN_POINTS - SLACK,
    source: ACTIVITY_CHANGE_SOURCE,
  };
}

// People retype their activities: "Walking the dog" and "walking  the dog " are one activity.
const activityKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

const scoresByActivity = (item: PlacedCheckIn | undefined): ReadonlyMap<string, number> =>
  new Map(
    (item?.checkIn.activities ?? []).map((activity) => [
      activityKey(activity.name),
      activity.score,
    ]),
  );

/** Each check-in in time order, compared with the first and with the one just before. */
export const checkInProgress = (placed: readonly PlacedCheckIn[]): CheckInProgress[] => {
  const baseline = placed[0];
  const baselineScores = scoresByActivity(baseline);
  let previousScores = baselineScores;
  return placed.map((item, index) => {
    const previous = placed[index - 1];
    const isBaseline = index === 0;
    const scores = scoresByActivity(item);
    const compare = (
      reference: ChangeReference,
      pastScores: ReadonlyMap<string, number>,
      name: string,
      score: number,
    ): ActivityChange | null => {
      const past = pastScores.get(activityKey(name));
      return past === undefined ? null : activityChange(name, past, score, reference);
    };
    const activities = item.checkIn.activities.map((activity) => ({
      name: activity.name,
      score: activity.score,
      vsBaseline: isBaseline
        ? null
        : compare('first', baselineScores, activity.name, activity.score),
      vsPrevious: isBaseline
        ? null
        : compare('last', previousScores, activity.name, activity.score),
    }));
    const meanVsPrevious = isBaseline ? null : activityMeanChange(previousScores, scores);
    previousScores = scores;
    return {
      id: item.checkIn.id,
      date: formatDay(item.day),
      week: isoWeekOf(item.day).key,
      isBaseline,
      averagePain: item.checkIn.averagePain,
      painVsBaseline:
        isBaseline || baseline === undefined
          ? null
          : painChange(baseline.checkIn.averagePain, item.checkIn.averagePain, 'first'),
      painVsPrevious:
        previous === undefined
          ? null
          : painChange(previous.checkIn.averagePain, item.checkIn.averagePain, 'last'),
      activities,
      activityMean: meanOrNull(item.checkIn.activities.map((activity) => activity.score)),
      activityMeanVsBaseline: isBaseline ? null : activityMeanChange(baselineScores, scores),
      activityMeanVsPrevious: meanVsPrevious,
    };
  });
};
