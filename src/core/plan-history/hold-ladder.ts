// How a hold grows with tolerance: from the article's 10 s in 10 s rungs up to the shortest of
// the longer holds the studies used (30 s; techniques/dose.ts cites them). Circles and rolls
// keep their dose: only a still hold grows.
import type { Technique } from '../../content/schema.js';

export const RUNG_SECONDS = 10;

export function holdLadder(technique: Technique): number[] {
  const base = technique.dose.seconds;
  if (technique.dose.mode !== 'hold') return [base];
  const top = Math.max(base, technique.dose.longerHold.seconds[0]);
  const ladder = [base];
  while (ladder.at(-1)! + RUNG_SECONDS <= top) ladder.push(ladder.at(-1)! + RUNG_SECONDS);
  return ladder;
}
