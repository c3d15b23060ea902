// The "why this step" line of every step, in plain words (reading grade 8 or lower).
import type { Technique } from '../../content/schema.js';
import type { PlaceId } from '../spec/index.js';

type Side = 'left' | 'right' | 'both';

const stepWords = {
  1: 'It is step 1: the buttock point is the first place to try.',
  2: 'It is step 2: the muscles that run beside the spine.',
  3: 'It is step 3: the hip hiker (QL), deep in the low back.',
} as const;
const extraPointWords = 'It is an extra point, outside the three steps. It fits your pain well.';
const extraFoundWords = 'It is an extra point, outside the three steps.';

/** Why a point step is in the plan: what it may explain, its place in the method, its tool. */
export function pointWhy(
  matchWhy: string,
  step: 1 | 2 | 3 | null,
  technique: Technique,
  place: PlaceId,
  painfulSideFirst: boolean,
  foundByTherapist = false,
): string {
  // A point the therapist found earns its place by that, not by fitting the map.
  const extra = foundByTherapist ? extraFoundWords : extraPointWords;
  const lines = [matchWhy, step === null ? extra : stepWords[step]];
  if (painfulSideFirst) lines.push('You said this side hurts more, so it comes first.');
  if (place === 'public') lines.push('Your hands work anywhere, even in public.');
  if (technique.bodySize?.length === 1 && technique.bodySize[0] === 'small') {
    lines.push('Racquet balls suit a smaller back.');
  }
  if (technique.bodySize?.length === 1 && technique.bodySize[0] === 'large') {
    lines.push('A small dumbbell suits a wider back.');
  }
  return lines.join(' ');
}

const sideWords = (side: Side) => (side === 'both' ? 'both sides' : `the ${side} side`);

export const psoasReleaseWhy = (side: Side): string =>
  `Your check hints that the psoas on ${sideWords(side)} may be short. A slow, gentle release comes first, before the point work.`;

export const piriformisReleaseWhy = (side: Side): string =>
  `When the psoas on one side is short, the piriformis on that side often is too. It is the muscle that turns the foot out. This eases it on ${sideWords(side)}.`;

/** Muscle names joined as a person says them: "a, b and c". */
const spoken = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

export const movementWhy = (muscleNames: readonly string[]): string => {
  const base = 'Gentle movement after point work keeps your back moving and builds strength.';
  const names = muscleNames.map((name) => `the ${name.charAt(0).toLowerCase()}${name.slice(1)}`);
  return names.length === 0 ? base : `${base} This one suits ${spoken(names)}.`;
};
