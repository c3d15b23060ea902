// A pain map: the regions a person marked, each with an intensity from 0 (marked, no pain
// right now) to 10 (worst imaginable), as the body map sends it and the matcher reads it.
import { mirrorRegionId, type RegionId } from './regions.js';

export interface PainMark {
  readonly id: RegionId;
  /** 0-10, the usual numeric rating scale for pain. 0 means "marked, no pain right now". */
  readonly intensity: number;
}

export type PainMap = readonly PainMark[];

/** Intensity used when a region is marked without one, as the API contract fixes it. */
export const defaultIntensity = 5;

/**
 * One mark per region: a region marked twice keeps its highest intensity (someone who
 * tapped twice meant "it hurts here", not two pains), at the place of its first mark.
 */
export function mergePainMarks(marks: PainMap): PainMark[] {
  const merged = new Map<RegionId, number>();
  for (const mark of marks) {
    const before = merged.get(mark.id);
    merged.set(mark.id, before === undefined ? mark.intensity : Math.max(before, mark.intensity));
  }
  return [...merged].map(([id, intensity]) => ({ id, intensity }));
}

/** The same pain seen in a mirror: every mark moves to its twin on the other side. */
export function mirrorPainMap(marks: PainMap): PainMark[] {
  return marks.map((mark) => ({ id: mirrorRegionId(mark.id), intensity: mark.intensity }));
}
