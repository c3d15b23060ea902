// The pain map as the body map edits it: region id to intensity 0-10. Every change
// returns a new map, so React sees it and the caller can keep or send it as it is.
import { clampIntensity, defaultIntensity, type PainMarks } from '../../core/body/pain-map.js';

export type { PainMarks } from '../../core/body/pain-map.js';

/** Marks a region at the default intensity; a region already marked keeps its number. */
export function markRegion(marks: PainMarks, id: string): PainMarks {
  return marks[id] === undefined ? { ...marks, [id]: defaultIntensity } : marks;
}

/** The saddle area: marking it must bring up the nerve warning at once. */
export const saddleAreaId = 'saddle-area';

export interface Tap {
  readonly marks: PainMarks;
  /** The region was not marked before this tap. */
  readonly newlyMarked: boolean;
  /** This tap newly marked the saddle area: show the nerve warning questions now. */
  readonly saddleWarning: boolean;
}

/** A tap (or Enter) on a region: marks it if it was not marked, and says what it set off. */
export function tapRegion(marks: PainMarks, id: string): Tap {
  const newlyMarked = marks[id] === undefined;
  return {
    marks: markRegion(marks, id),
    newlyMarked,
    saddleWarning: newlyMarked && id === saddleAreaId,
  };
}

/** Sets how much a region hurts, kept on the 0-10 scale. */
export function setIntensity(marks: PainMarks, id: string, intensity: number): PainMarks {
  return { ...marks, [id]: clampIntensity(intensity) };
}

/** Takes one region off the map. */
export function clearRegion(marks: PainMarks, id: string): PainMarks {
  const { [id]: _cleared, ...rest } = marks;
  return rest;
}

/** The marked regions with their intensities, in the given drawing order, unknown ids last. */
export function markedInOrder(
  marks: PainMarks,
  order: readonly string[],
): readonly (readonly [string, number])[] {
  const rank = (id: string): number => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  return Object.entries(marks).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
