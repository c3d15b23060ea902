// The words a screen reader says for a region and the lines of the marked-areas list:
// the region's plain name and how much it hurts, so sight is never needed to use the map.
import { maxIntensity, painWord } from './pain-scale.js';

/** The accessible name of a region control, e.g. "Low back beside the spine (left), pain 6 of 10". */
export function regionControlName(name: string, intensity: number | undefined): string {
  return intensity === undefined
    ? `${name}, not marked`
    : `${name}, pain ${intensity} of ${maxIntensity}`;
}

/** How much it hurts in words and numbers, e.g. "6 of 10, moderate". */
export function painAmount(intensity: number): string {
  return `${intensity} of ${maxIntensity}, ${painWord(intensity)}`;
}
