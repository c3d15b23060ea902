// Plain words for the progress numbers (aimed at reading grade 8), so every screen and every
// table alternative says the same thing the same way.

/** One decimal place at most: 2 stays "2", 2.25 becomes "2.3". */
export const formatNumber = (value: number): string => {
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return value < 0 && rounded !== 0 ? `-${text}` : text;
};

export const pointsWord = (value: number): string =>
  `${formatNumber(value)} ${formatNumber(value) === '1' ? 'point' : 'points'}`;

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const notEnoughSessionsLabel = (needed: number): string =>
  `Not enough data yet: ${plural(needed, 'more session', 'more sessions')}.`;

export const notEnoughDaysLabel = (needed: number): string =>
  `Not enough data yet: pain scores on ${plural(needed, 'more day', 'more days')}.`;

/** "Pain fell 2.3 points on average over 5 sessions (likely range: 1.1 to 3.5)." */
export const helpLabel = (
  meanDrop: number,
  sessions: number,
  low: number,
  high: number,
): string => {
  const count = plural(sessions, 'session', 'sessions');
  if (formatNumber(meanDrop) === '0') {
    return `Pain stayed about the same on average over ${count} (likely range of the drop: ${formatNumber(low)} to ${formatNumber(high)}).`;
  }
  // The range is given in the same sense as the headline word, so "fell 2" reads with "1 to 3".
  const fell = meanDrop > 0;
  const from = fell ? low : -high;
  const to = fell ? high : -low;
  return `Pain ${fell ? 'fell' : 'rose'} ${pointsWord(Math.abs(meanDrop))} on average over ${count} (likely range: ${formatNumber(from)} to ${formatNumber(to)}).`;
};

export type TrendDirection = 'going down' | 'flat' | 'going up';

export const trendLabel = (direction: TrendDirection, slopePerWeek: number): string =>
  direction === 'flat'
    ? 'Pain is about the same from week to week.'
    : `Pain is ${direction}, by about ${pointsWord(Math.abs(slopePerWeek))} a week.`;

export const weekAdherenceLabel = (
  sessions: number,
  planned: number,
  inProgress: boolean,
): string =>
  `${sessions} of ${plural(planned, 'planned session', 'planned sessions')}${inProgress ? ' so far' : ''}.`;

export const streakLabel = (weeks: number): string =>
  weeks === 0
    ? 'No streak yet: each week you meet your plan adds one.'
    : `You met your plan ${plural(weeks, 'week', 'weeks')} in a row.`;

export type ChangeReference = 'first' | 'last';

const referenceWords = (reference: ChangeReference): string =>
  reference === 'first' ? 'at your first check-in' : 'at your last check-in';

/** "Average pain is 3 points lower than at your first check-in (43% lower): a meaningful change." */
export const painChangeLabel = (
  difference: number,
  percent: number | null,
  meaningful: boolean,
  reference: ChangeReference,
): string => {
  if (formatNumber(difference) === '0') {
    return `Average pain is the same as ${referenceWords(reference)}.`;
  }
  const way = difference < 0 ? 'lower' : 'higher';
  const share = percent === null ? '' : ` (${Math.round(Math.abs(percent))}% ${way})`;
  const weight = meaningful ? 'a meaningful change' : 'a small change';
  return `Average pain is ${pointsWord(Math.abs(difference))} ${way} than ${referenceWords(reference)}${share}: ${weight}.`;
};

/** "Walking: 3 points better than at your first check-in: a meaningful change." */
export const activityChangeLabel = (
  name: string,
  difference: number,
  meaningful: boolean,
  reference: ChangeReference,
): string => {
  if (formatNumber(difference) === '0') return `${name}: the same as ${referenceWords(reference)}.`;
  // PSFS runs the other way from pain: a higher score means the activity is easier.
  const way = difference > 0 ? 'better' : 'worse';
  const weight = meaningful ? 'a meaningful change' : 'a small change';
  return `${name}: ${pointsWord(Math.abs(difference))} ${way} than ${referenceWords(reference)}: ${weight}.`;
};
