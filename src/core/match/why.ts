// The plain-language reason shown beside a matched trigger point: which of the marked
// places its referral pattern may explain, and whether it lies right under one of them.
import { regionPhrase } from '../body/region-words.js';
import type { RegionId } from '../body/regions.js';

// Past four places a sentence gets hard to follow on a phone; the rest are counted.
const placesNamedInFull = 4;

/** "A", "A and B", "A, B and C", or "A, B, C and 3 other places you marked". */
function listOfPlaces(regions: readonly RegionId[]): string {
  const phrases = regions.map(regionPhrase);
  if (phrases.length > placesNamedInFull) {
    const rest = phrases.length - (placesNamedInFull - 1);
    phrases.splice(placesNamedInFull - 1, rest, `${rest} other places you marked`);
  }
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}

/**
 * One or two short sentences, e.g. "May explain the pain in the left side of your low back
 * and at the top of the back of your left thigh."
 * `referred`: painful marked regions in the point's referral zones; `under`: painful marked
 * regions the point itself lies under.
 */
export function whyLine(referred: readonly RegionId[], under: readonly RegionId[]): string {
  if (referred.length === 0 && under.length === 0) return '';
  if (referred.length === 0) {
    const spot = under.length === 1 ? 'that spot' : 'those spots';
    return `May be behind the pain ${listOfPlaces(under)}, since it lies right under ${spot}.`;
  }
  const first = `May explain the pain ${listOfPlaces(referred)}.`;
  return under.length === 0
    ? first
    : `${first} It also lies right under the pain ${listOfPlaces(under)}.`;
}
