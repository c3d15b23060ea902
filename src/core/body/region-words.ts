// Plain words for body regions: a short name for labels, the side as the person's own,
// and a phrase that fits into a sentence such as "May explain the pain <phrase>".
import type { Side } from '../spec/index.js';
import { type RegionId, regionById } from './regions.js';

/** The spec name without its "(left)" or "(right)" ending, e.g. "Low back beside the spine". */
export function shortRegionName(id: RegionId): string {
  return regionById(id)
    .name.replace(/\s*\((left|right)\)$/, '')
    .replace(/\s*\(marking it [^)]*\)$/, '');
}

/** The side in the person's own terms; the map is seen from behind, so say whose side. */
export function sideInWords(side: Side): 'your left' | 'your right' | 'the middle' {
  return side === 'left' ? 'your left' : side === 'right' ? 'your right' : 'the middle';
}

// One phrase per region base, written to slot after "the pain". `side` is "left" or
// "right" for paired regions and unused for midline ones. No commas inside a phrase,
// so a list of phrases joined with commas stays readable.
const phrases: Readonly<Record<string, (side: string) => string>> = {
  'neck-base': (s) => `at the base of your neck on the ${s} side`,
  'between-shoulder-blades': (s) => `between your ${s} shoulder blade and your spine`,
  'shoulder-blade': (s) => `over your ${s} shoulder blade`,
  'mid-back': (s) => `in the ${s} side of your mid back by the lowest ribs`,
  'thoracic-spine': () => 'on your spine in the upper or mid back',
  flank: (s) => `in your ${s} side between the ribs and the hip bone`,
  'low-back': (s) => `in the ${s} side of your low back`,
  'lumbar-spine': () => 'in the middle of your low back',
  'iliac-crest': (s) => `along the top of your ${s} hip bone at the back`,
  sacroiliac: (s) => `at your ${s} sacroiliac joint (where the spine meets the pelvis)`,
  sacrum: () => 'on your sacrum (the flat bone at the base of the spine)',
  tailbone: () => 'at your tailbone',
  'buttock-upper': (s) => `in the upper outer part of your ${s} buttock`,
  'buttock-lower': (s) => `in the lower inner part of your ${s} buttock`,
  'hip-side': (s) => `at the outside of your ${s} hip`,
  'thigh-back-upper': (s) => `at the top of the back of your ${s} thigh`,
  'thigh-back-lower': (s) => `in the back of your ${s} thigh above the knee`,
  'thigh-side': (s) => `along the outside of your ${s} thigh`,
  calf: (s) => `in your ${s} calf`,
  'leg-side': (s) => `along the outside of your ${s} lower leg`,
  foot: (s) => `in your ${s} foot or ankle`,
  chest: (s) => `in the ${s} side of your chest`,
  'upper-abdomen': (s) => `in the ${s} side of your upper belly`,
  'lower-ribs-front': (s) => `around your lowest ${s} ribs at the front and side`,
  'lower-abdomen': (s) => `in the ${s} side of your lower belly`,
  groin: (s) => `in your ${s} groin`,
  'saddle-area': () => 'in the saddle area between your legs',
  'thigh-front-upper': (s) => `in the front of your ${s} upper thigh`,
  'thigh-front-lower': (s) => `in the front of your ${s} thigh above the knee`,
};

/**
 * The region as a phrase that follows "the pain", e.g. "in the left side of your low back".
 * A region added by content without a phrase here falls back to its short name.
 */
export function regionPhrase(id: RegionId): string {
  const region = regionById(id);
  const phrase = phrases[region.base];
  if (phrase !== undefined) return phrase(region.side);
  const name = shortRegionName(id).toLowerCase();
  return region.side === 'center'
    ? `at the ${name}`
    : `at the ${name} on ${sideInWords(region.side)}`;
}

/** A label for a control or a list: "Low back beside the spine, your left". */
export function regionLabel(id: RegionId): string {
  const { side } = regionById(id);
  const name = shortRegionName(id);
  return side === 'center' ? name : `${name}, ${sideInWords(side)}`;
}
