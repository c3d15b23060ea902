// Turns the pain map the device keeps into the body of POST /api/match. Marks at 0 go along
// (they are part of the map); ids the region list no longer knows are left out rather than
// failing the whole request.

import { type PainMarks, painMapFromMarks } from '../../core/body/index.js';
import type { MatchRequestInput } from '../../core/contracts/match.js';

/** The request for these marks, or null when no known area hurts (nothing to match). */
export function matchRequestFrom(marks: PainMarks): MatchRequestInput | null {
  const regions = painMapFromMarks(marks);
  return regions.some((region) => region.intensity > 0) ? { regions } : null;
}
