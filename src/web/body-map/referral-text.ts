// The words that stand in for a referral drawing: where the trigger point is and where it
// sends pain, main area and wider area, so the figure says the same thing without sight.
import type { View } from '../../core/spec/index.js';
import { regionGeometry } from './regions-geometry.js';

/** A trigger point as the results page draws it: the spot, and where its pain is felt. */
export interface ReferralPoint {
  readonly name: string;
  /** The regions the point lies over. */
  readonly over: readonly string[];
  readonly referral: {
    /** Where its pain is nearly always felt. */
    readonly essential: readonly string[];
    /** Where it is sometimes felt as well. */
    readonly spillover: readonly string[];
  };
}

export interface ReferralZones {
  readonly over: readonly string[];
  readonly essential: readonly string[];
  /** Spillover regions that are not also essential: the darker shade wins. */
  readonly spillover: readonly string[];
}

/** The point's regions, each in one zone only, all views together. */
export function referralZones(point: ReferralPoint): ReferralZones {
  const essential = [...new Set(point.referral.essential)];
  return {
    over: [...new Set(point.over)],
    essential,
    spillover: [...new Set(point.referral.spillover)].filter((id) => !essential.includes(id)),
  };
}

/** The views that have something to draw, back first; the back when there is nothing. */
export function referralViews(point: ReferralPoint): View[] {
  const { over, essential, spillover } = referralZones(point);
  const used = new Set([...over, ...essential, ...spillover].map((id) => regionGeometry[id]?.view));
  const views = (['back', 'front'] as const).filter((view) => used.has(view));
  return views.length === 0 ? ['back'] : views;
}

const viewWords: Readonly<Record<View, { seen: string; other: string }>> = {
  back: { seen: 'Back of the body, seen from behind', other: 'the front of the body' },
  front: { seen: 'Front of the body, seen face on', other: 'the back of the body' },
};

// Region names hold commas, so lists are joined with semicolons to stay readable aloud.
const list = (ids: readonly string[], regionName: (id: string) => string): string =>
  ids.map(regionName).join('; ');

/**
 * The text alternative for one view of the drawing, e.g. "Where pain from the Buttock point
 * below the hip bone is felt. Back of the body, seen from behind. The point: ...".
 * Regions on the other side of the body are named too: as in the other drawing when
 * `otherViewDrawn`, or as not drawn.
 */
export function referralDescription(
  point: ReferralPoint,
  view: View,
  regionName: (id: string) => string,
  otherViewDrawn: boolean,
): string {
  const zones = referralZones(point);
  const here = (ids: readonly string[]) => ids.filter((id) => regionGeometry[id]?.view === view);
  const elsewhere = (ids: readonly string[]) =>
    ids.filter((id) => regionGeometry[id]?.view !== view);
  const sentences = [`Where pain from the ${point.name} is felt.`, `${viewWords[view].seen}.`];
  const parts: [string, readonly string[]][] = [
    ['The point', here(zones.over)],
    ['Main pain area', here(zones.essential)],
    ['Wider pain area', here(zones.spillover)],
  ];
  for (const [label, ids] of parts) {
    if (ids.length > 0) sentences.push(`${label}: ${list(ids, regionName)}.`);
  }
  const away = [
    ...elsewhere(zones.over),
    ...elsewhere(zones.essential),
    ...elsewhere(zones.spillover),
  ];
  if (away.length > 0) {
    const where = otherViewDrawn ? 'In the drawing of' : 'Also on';
    const note = otherViewDrawn ? '' : ', not drawn here';
    sentences.push(`${where} ${viewWords[view].other}${note}: ${list(away, regionName)}.`);
  }
  return sentences.join(' ');
}
