// What the map page decides from the marks alone: whether the person can go on to the
// results yet, and if not, the reason shown beside the button.
import { type PainMarks, painfulIds } from '../../core/body/pain-map.js';

/** The marked areas that hurt now (pain above 0); an area at 0 explains nothing. */
export const painfulAreas = painfulIds;

/** Why the results cannot be shown yet, or null when at least one area hurts. */
export function notReadyReason(marks: PainMarks): string | null {
  if (painfulAreas(marks).length > 0) return null;
  return Object.keys(marks).length === 0
    ? 'First mark at least one place that hurts.'
    : 'Set the pain above 0 for at least one place you marked.';
}
