// The words of the results page: a point's title with the person's own side, its step in
// the method, its muscle, and where to learn how to treat it. Kept here so tests can check
// them and hold them at reading grade 8.

import { muscles } from '../../content/muscles.js';
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { MatchResultItem } from '../../core/contracts/match.js';
import { learnPaths, pointPath } from '../learn/learn-paths.js';

export const resultsWords = {
  title: 'What may cause your pain',
  intro:
    'Muscle knots, called trigger points, can send pain to places away from the knot. These are the ones that fit the places you marked, best fit first.',
  loading: 'Finding the points that fit your map…',
  failed: 'Your results could not be loaded.',
  retry: 'Try again',
  checkMap: 'Check the places you marked, then try again.',
  nothingTitle: 'No point fits the places you marked',
  nothing:
    'None of the muscle knots Unknot knows about sends pain to these places. That does not mean nothing is wrong.',
  seeSomeone: 'If the pain goes on, gets worse or worries you, see a doctor or a physiotherapist.',
  notMarkedTitle: 'Nothing marked yet',
  notMarked: 'Mark where it hurts on the body map first, with pain above 0 in at least one place.',
  markIt: 'Mark where it hurts',
  treat: 'How to treat it',
  next: 'Next: a short safety check',
  changeMap: 'Change where it hurts',
} as const;

/** "Show 9 more points" for the points not shown yet. */
export function showMoreLabel(hidden: number): string {
  return hidden === 1 ? 'Show 1 more point' : `Show ${hidden} more points`;
}

/** The article's step in plain words. */
export function stepLabel(step: MatchResultItem['step']): string {
  return step === null ? 'Not one of the three steps' : `Step ${step} of the method`;
}

/** "Buttock point below the hip bone (your left)": the point's name with the person's side. */
export function pointTitle(triggerPoint: string): string {
  const point = findTriggerPoint(triggerPoint);
  if (point === undefined) return triggerPoint;
  const name = point.name.replace(/\s*\((left|right)\)$/, '');
  return `${name} (your ${point.side})`;
}

const muscleById: ReadonlyMap<string, (typeof muscles)[number]> = new Map(
  muscles.map((muscle) => [muscle.id, muscle]),
);

/** "Muscle: Middle buttock muscle — Gluteus medius", or null for a muscle the content lacks. */
export function muscleLine(muscleId: string): string | null {
  const muscle = muscleById.get(muscleId);
  if (muscle === undefined) return null;
  return `Muscle: ${muscle.plainName} — ${muscle.name}`;
}

/** Where the Learn pages show how to treat the point: its entry on the muscles page. */
export function treatHref(triggerPoint: string): string {
  const point = findTriggerPoint(triggerPoint);
  return point === undefined ? learnPaths.muscles : pointPath(point.pair);
}

/** How many results show before "show more". */
export const firstShown = 5;
