// The default dose of every pressure technique and the longer-hold option, with why they
// differ: the article says 10 s, while studies of held pressure used 30 to 90 s.
import type { TechniqueDose } from '../schema.js';
import { fryerPressureRelease, houCompression, travellOverview } from '../sources.js';

const longerHold = {
  seconds: [30, 90],
  note: 'The article says to hold for 10 seconds. Studies of held pressure used longer holds: about 90 seconds at a gentle pressure, or 30 seconds when firmer. If short holds do not ease a spot, try one longer, gentler hold.',
  sources: [houCompression, fryerPressureRelease, travellOverview],
} as const;

/** The article's dose (S19): 10 s, 3 to 4 times or until it eases. */
export const articleDose = <M extends TechniqueDose['mode']>(mode: M) =>
  ({ mode, seconds: 10, reps: { min: 3, max: 4 }, longerHold }) as const satisfies TechniqueDose;
