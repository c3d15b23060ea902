// The pain map, and every conversion of it: the regions a person marked, each with an
// intensity from 0 (marked, no pain right now) to 10 (worst imaginable). Two shapes, one
// model: PainMarks (region id -> intensity) as the body map edits it and the device keeps
// it, and PainMap (a list of marks) as the contracts send it and the matcher reads it.
import { isRegionId, mirrorRegionId, type RegionId } from './regions.js';

export interface PainMark {
  readonly id: RegionId;
  /** 0-10, the usual numeric rating scale for pain. 0 means "marked, no pain right now". */
  readonly intensity: number;
}

export type PainMap = readonly PainMark[];

/**
 * Region id -> intensity, as the body map edits it and the device keeps it. Ids are plain
 * strings: a map kept on a device may hold an id the region list no longer knows, and every
 * conversion to a PainMap leaves such ids out.
 */
export type PainMarks = Readonly<Record<string, number>>;

export const minIntensity = 0;
export const maxIntensity = 10;
/**
 * The middle of the scale: where a first tap on the body map starts (the person moves it from
 * there), and the intensity of a region sent without one, as the API contract fixes it.
 */
export const defaultIntensity = 5;

/** A whole number on the 0-10 scale; anything else (NaN, 12, 3.6) is brought onto it. */
export function clampIntensity(value: number): number {
  if (!Number.isFinite(value)) return value > 0 ? maxIntensity : minIntensity;
  return Math.min(maxIntensity, Math.max(minIntensity, Math.round(value)));
}

export interface PainMapOptions {
  /** Leave out marks at 0 (marked, no pain right now), as the plan request wants. */
  readonly painfulOnly?: boolean;
  /** `marked` keeps the order the marks were made in; `id` sorts by region id, for records. */
  readonly order?: 'marked' | 'id';
}

/** The marks as the contracts list them: known regions only, in the order asked for. */
export function painMapFromMarks(marks: PainMarks, options: PainMapOptions = {}): PainMark[] {
  const list = Object.entries(marks)
    .filter(([id, intensity]) => isRegionId(id) && (!options.painfulOnly || intensity > 0))
    .map(([id, intensity]) => ({ id: id as RegionId, intensity }));
  return options.order === 'id'
    ? list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    : list;
}

/** The ids of the marked places that hurt now (above 0), known or not, in marked order. */
export function painfulIds(marks: PainMarks): string[] {
  return Object.entries(marks)
    .filter(([, intensity]) => intensity > 0)
    .map(([id]) => id);
}

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
