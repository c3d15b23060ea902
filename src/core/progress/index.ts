// The public face of progress statistics: the server and the web import from here only.
export { type Adherence, adherenceByWeek, type WeekAdherence } from './adherence.js';
export {
  type DayNumber,
  dayOfLocalTime,
  formatDay,
  type IsoWeek,
  isoWeekOf,
  isValidUtcOffset,
  localTimeOf,
} from './calendar.js';
export {
  ACTIVITY_CHANGE_SOURCE,
  type ActivityChange,
  type ActivityMeanChange,
  type ActivityProgress,
  activityChange,
  activityMeanChange,
  type ChangeDirection,
  type CheckInProgress,
  checkInProgress,
  MEANINGFUL_ACTIVITY_MEAN_POINTS,
  MEANINGFUL_ACTIVITY_POINTS,
  MEANINGFUL_PAIN_POINTS,
  MEANINGFUL_PAIN_SHARE,
  MEANINGFUL_PAIN_SHARE_FROM,
  PAIN_CHANGE_SOURCE,
  type PainChange,
  painChange,
} from './check-ins.js';
export { leastSquaresSlope, type MeanInterval, mean, meanInterval } from './estimates.js';
export { type HarmReportProgress, harmReports } from './harm-reports.js';
export {
  type ChangeReference,
  formatNumber,
  pointsWord,
  type TrendDirection,
} from './labels.js';
export { loggedSessionOf, type SessionLogLike } from './logged-session.js';
export {
  type DailyPain,
  dailyPain,
  FLAT_SLOPE_PER_WEEK,
  MIN_TREND_DAYS,
  type PainTrend,
  painTrend,
  type SessionPain,
  sessionPainSeries,
  type WeeklyPain,
  weeklyPain,
} from './pain-trend.js';
export {
  isScore,
  type PlacedCheckIn,
  type PlacedSession,
  placeCheckIns,
  placeSessions,
} from './placement.js';
export { studentTCdf, studentTQuantile } from './student-t.js';
export {
  type ProgressError,
  type ProgressInput,
  type ProgressSummary,
  progressSummary,
  RECENT_TREND_DAYS,
} from './summary.js';
export type * from './types.js';
export {
  type HelpEstimate,
  MIN_SESSIONS_FOR_ESTIMATE,
  type WhatHelps,
  whatHelpsMost,
} from './what-helps.js';
