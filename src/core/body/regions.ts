// The body-map regions of spec/body-regions.json as a typed model: ids, sides, views,
// left-right mirroring and adjacency, for the body map, the matcher and the request check.
import { type Side, type SpecRegion, specRegions, type View } from '../spec/index.js';

export type { Side, View } from '../spec/index.js';

/** A region id known to the spec. Branded so an unchecked string cannot pass for one. */
export type RegionId = string & { readonly __brand: 'RegionId' };

export interface BodyRegion {
  readonly id: RegionId;
  /** The same place on either side shares one base, e.g. `low-back`. */
  readonly base: string;
  /** The person's own side, `center` for the midline. */
  readonly side: Side;
  /** Where the map draws it: seen from behind (`back`) or from the front. */
  readonly view: View;
  /** The spec's full name, side in brackets, e.g. "Low back beside the spine (left)". */
  readonly name: string;
  readonly adjacent: readonly RegionId[];
}

// The spec ids are trusted here once; everything else goes through isRegionId.
export const bodyRegions: readonly BodyRegion[] = specRegions.map(
  (region: SpecRegion): BodyRegion => ({
    ...region,
    id: region.id as RegionId,
    adjacent: region.adjacent as readonly RegionId[],
  }),
);

const regionsById: ReadonlyMap<string, BodyRegion> = new Map(bodyRegions.map((r) => [r.id, r]));

/** Every region id, in the spec's order (roughly top of the body to the feet). */
export const regionIds: readonly RegionId[] = bodyRegions.map((r) => r.id);

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && regionsById.has(value);
}

/** The region with this id, or undefined for a string that is not a region id. */
export function findRegion(id: string): BodyRegion | undefined {
  return regionsById.get(id);
}

export function regionById(id: RegionId): BodyRegion {
  const region = regionsById.get(id);
  // A RegionId can only come from the spec list, so this cannot happen without a cast.
  if (region === undefined) throw new Error(`Not a region id: ${id}`);
  return region;
}

export function regionSide(id: RegionId): Side {
  return regionById(id).side;
}

// Twins share a base and sit on opposite sides; built once so mirroring is a lookup.
const twinOf: ReadonlyMap<RegionId, RegionId> = new Map(
  bodyRegions.flatMap((region): [RegionId, RegionId][] => {
    if (region.side === 'center') return [];
    const other = region.side === 'left' ? 'right' : 'left';
    const twin = bodyRegions.find((r) => r.base === region.base && r.side === other);
    return twin === undefined ? [] : [[region.id, twin.id]];
  }),
);

/** The same place on the other side of the body; a midline region is its own mirror. */
export function mirrorRegionId(id: RegionId): RegionId {
  return twinOf.get(id) ?? id;
}

/** The side seen in a mirror: left and right swap, the midline stays. */
export function mirrorSide(side: Side): Side {
  return side === 'left' ? 'right' : side === 'right' ? 'left' : 'center';
}

/** Regions that share a border with this one on the map (the relation is symmetric). */
export function adjacentRegions(id: RegionId): readonly RegionId[] {
  return regionById(id).adjacent;
}

export function areAdjacent(a: RegionId, b: RegionId): boolean {
  return regionById(a).adjacent.includes(b);
}

/** The regions drawn in one view of the figure, in spec order. */
export function regionsInView(view: View): readonly BodyRegion[] {
  return bodyRegions.filter((r) => r.view === view);
}
