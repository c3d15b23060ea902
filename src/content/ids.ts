// Literal-typed ids that content entries use: body-map regions, muscles, body areas and
// positions. The spec JSON gives only `string`; ids.test.ts pins these lists to the spec.
export { type PlaceId, placeIds, type ToolId, toolIds } from '../core/spec/index.js';

/** Region bases that exist once per side, as `<base>-left` and `<base>-right`. */
export const sidedRegionBases = [
  'neck-base',
  'between-shoulder-blades',
  'shoulder-blade',
  'mid-back',
  'flank',
  'low-back',
  'iliac-crest',
  'sacroiliac',
  'buttock-upper',
  'buttock-lower',
  'hip-side',
  'thigh-back-upper',
  'thigh-back-lower',
  'thigh-side',
  'calf',
  'leg-side',
  'foot',
  'chest',
  'upper-abdomen',
  'lower-ribs-front',
  'lower-abdomen',
  'groin',
  'thigh-front-upper',
  'thigh-front-lower',
] as const;
export type SidedRegionBase = (typeof sidedRegionBases)[number];

/** Regions on the midline: one region, no side. */
export const centerRegions = [
  'thoracic-spine',
  'lumbar-spine',
  'sacrum',
  'tailbone',
  'saddle-area',
] as const;
export type CenterRegion = (typeof centerRegions)[number];

export type BodySide = 'left' | 'right';
export const bodySides = ['left', 'right'] as const satisfies readonly BodySide[];

/** A region as a side-less point description names it: a sided base or a centre region. */
export type RegionBase = SidedRegionBase | CenterRegion;
export type RegionId = `${SidedRegionBase}-${BodySide}` | CenterRegion;

export const regionIds: readonly RegionId[] = [
  ...sidedRegionBases.flatMap((base) => bodySides.map((side) => `${base}-${side}` as const)),
  ...centerRegions,
];

const centerSet: ReadonlySet<string> = new Set(centerRegions);
const isCenter = (base: RegionBase): base is CenterRegion => centerSet.has(base);

/** The region a side-less base names on one side; centre regions stay as they are. */
export function regionOn(base: RegionBase, side: BodySide): RegionId {
  return isCenter(base) ? base : `${base}-${side}`;
}

/** Muscles of ../shared/spec/muscles.json. Content may add more; these never change. */
export const muscleIds = [
  'iliopsoas',
  'piriformis',
  'gluteus-maximus',
  'gluteus-medius',
  'gluteus-minimus',
  'erector-spinae',
  'multifidus',
  'quadratus-lumborum',
  'serratus-posterior-inferior',
] as const;
export type MuscleId = (typeof muscleIds)[number];

/**
 * Where on the body a point lies or a technique presses. The plan uses these to honour
 * precautions: no body weight over ribs or spine with fragile bones, no belly, groin or
 * psoas pressure in pregnancy (../shared/spec/safety-screen.json, precautions).
 */
export const bodyAreas = [
  'spine',
  'ribs',
  'buttock',
  'hip',
  'belly',
  'groin',
  'psoas',
  'leg',
  'neck-shoulder',
  'flank',
] as const;
export type BodyArea = (typeof bodyAreas)[number];

export const positions = [
  'lying-on-back',
  'lying-on-side',
  'lying-face-down',
  'standing-wall',
  'standing',
  'sitting',
] as const;
export type Position = (typeof positions)[number];

export const bodySizes = ['small', 'medium', 'large'] as const;
export type BodySize = (typeof bodySizes)[number];

/** Checklist ids S01 to S56 of ../shared/spec/seed-checklist.md. */
export const seedIds = Array.from(
  { length: 56 },
  (_, index) => `S${String(index + 1).padStart(2, '0')}`,
);
export type SeedId = `S${number}`;
