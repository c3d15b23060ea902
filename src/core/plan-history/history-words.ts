// What a point's own history showed, in numbers a person reads (reading grade 8 or lower):
// "In 5 of your 6 sessions with this point, pain went down: about 2 points on average."
import type { Technique } from '../../content/schema.js';
import { pointsWord } from '../progress/index.js';
import type { PointReading } from './point-reading.js';
import { RECENT_VISITS } from './point-reading.js';

const sessionsWord = (count: number): string => (count === 1 ? 'session' : 'sessions');

/** The line every step with scored history carries, ending with what the plan did with it. */
export function historyWhy(reading: PointReading): string | null {
  const { history, eased, scored } = reading;
  if (history === null) return null;
  const relief = history.meanRelief;
  const change =
    pointsWord(Math.abs(relief)) === '0 points'
      ? 'no change on average'
      : `about ${pointsWord(Math.abs(relief))} ${relief > 0 ? 'less' : 'more'} pain on average`;
  const yours = `your ${scored} ${sessionsWord(scored)} with this point`;
  const counted =
    eased === 0
      ? `In ${yours}, pain did not go down: ${change}.`
      : scored === 1
        ? `In ${yours}, pain went down: ${change}.`
        : `In ${eased} of ${yours}, pain went down: ${change}.`;
  const ending: Record<PointReading['verdict'], string> = {
    helps: 'It clearly helps you, so it comes first.',
    'no-effect': 'It has not clearly helped you, so it moves down the plan.',
    'too-much': '',
    unclear: 'It is too soon to say if it helps you.',
  };
  return [counted, ending[reading.verdict]].filter((line) => line !== '').join(' ');
}

export const gentlerWhy = (technique: Technique): string =>
  `It was too much in 2 of your last ${RECENT_VISITS} sessions. So this time you do it a gentler way: ${technique.name.toLowerCase()}.`;

export const tooMuchReason = `It was too much in 2 of your last ${RECENT_VISITS} sessions, even done more gently. It is left out for now. If that spot stays sore, ask a clinician.`;

export function doseWhy(
  reading: PointReading,
  seconds: number,
  baseSeconds: number,
): string | null {
  if (reading.doseMove === 'down') {
    return `It was too much last time, so each hold goes back to ${seconds} seconds.`;
  }
  if (seconds <= baseSeconds) return null;
  return reading.doseMove === 'up'
    ? `You took this point well 3 sessions in a row, so each hold grows to ${seconds} seconds.`
    : `You have taken this point well, so each hold is ${seconds} seconds.`;
}
