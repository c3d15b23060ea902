// The preferences form as plain data: first-visit choices, what each control changes, the
// problem that holds the way on, and the groups of body areas a person may mark to keep clear.
import type { PainMarks } from '../../../core/body/pain-map.js';
import { defaultMinutes } from '../../../core/plan/index.js';
import {
  handTools,
  type PlaceId,
  placeIds,
  specRegions,
  type ToolId,
  toolIds,
} from '../../../core/spec/index.js';
import type { DevicePreferences } from '../../device/records.js';

export type Preferences = DevicePreferences;

export const minMinutes = 5;
export const maxMinutes = 60;
export const minuteStep = 5;
export const minutePresets = [5, 10, 20, 30] as const;

/**
 * A first visit: nothing ticked (the hands still count), no place yet (only the person knows),
 * medium size, the plan's own time, and the side the pain map leans to.
 */
export function firstPreferences(
  now: Date,
  marks: Readonly<Record<string, number>> = {},
): Preferences {
  return {
    tools: [],
    places: [],
    bodySize: 'medium',
    minutes: defaultMinutes,
    painfulSide: likelySide(marks),
    skipRegions: [],
    updatedAt: now.toISOString(),
  };
}

/** The tools a person can tick: everything but the hands, which are always counted. */
export const objectTools: readonly ToolId[] = toolIds.filter((tool) => !handTools.includes(tool));

/** Adds or removes one entry, keeping the contract's order so the record stays tidy. */
function toggled<T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return order.filter((x) => next.includes(x));
}

export const toggleTool = (tools: readonly ToolId[], tool: ToolId): ToolId[] =>
  handTools.includes(tool) ? [...tools] : toggled(tools, tool, toolIds);

export const togglePlace = (places: readonly PlaceId[], place: PlaceId): PlaceId[] =>
  toggled(places, place, placeIds);

export const toggleRegion = (regions: readonly string[], id: string): string[] =>
  toggled(
    regions,
    id,
    specRegions.map((region) => region.id),
  );

/** Whole minutes from 5 to 60; anything else is pulled to the nearest allowed value. */
export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return defaultMinutes;
  return Math.min(maxMinutes, Math.max(minMinutes, Math.round(minutes)));
}

/** The stepper moves to the next multiple of 5, so 12 goes to 15 up and 10 down. */
export function stepMinutes(minutes: number, direction: 1 | -1): number {
  const next =
    direction === 1
      ? Math.floor(minutes / minuteStep) * minuteStep + minuteStep
      : Math.ceil(minutes / minuteStep) * minuteStep - minuteStep;
  return clampMinutes(next);
}

/** Why the form cannot go on yet, in plain words, or null when it can. */
export function preferencesProblem(
  preferences: Preferences,
  keepClearAsked = false,
): string | null {
  if (preferences.places.length === 0) return 'Pick at least one place where you are now.';
  if (keepClearAsked && preferences.skipRegions.length === 0) return keepClearProblem;
  return null;
}

/** Shown when a site precaution is active and no area is ticked yet. */
export const keepClearProblem =
  'Tick the area you must not press, such as a recent break, a skin problem or an operation.';

export interface AreaGroup {
  readonly title: string;
  /** Region bases, each shown with its left and right (or once for the middle). */
  readonly bases: readonly string[];
}

/**
 * Body areas grouped the way a person thinks of them. The saddle area is left out: no step
 * ever presses there, and marking it on the map opens the nerve questions instead.
 */
export const areaGroups: readonly AreaGroup[] = [
  {
    title: 'Neck and upper back',
    bases: ['neck-base', 'between-shoulder-blades', 'shoulder-blade', 'thoracic-spine'],
  },
  {
    title: 'Mid and low back',
    bases: ['mid-back', 'flank', 'low-back', 'lumbar-spine', 'iliac-crest'],
  },
  {
    title: 'Pelvis and buttocks',
    bases: ['sacroiliac', 'sacrum', 'tailbone', 'buttock-upper', 'buttock-lower', 'hip-side'],
  },
  {
    title: 'Legs',
    bases: [
      'thigh-back-upper',
      'thigh-back-lower',
      'thigh-side',
      'thigh-front-upper',
      'thigh-front-lower',
      'calf',
      'leg-side',
      'foot',
    ],
  },
  {
    title: 'Chest and belly',
    bases: ['chest', 'lower-ribs-front', 'upper-abdomen', 'lower-abdomen', 'groin'],
  },
];

export interface AreaChoice {
  readonly base: string;
  /** The region's name without its side. */
  readonly name: string;
  readonly regions: readonly { readonly id: string; readonly side: 'left' | 'right' | 'center' }[];
}

const sideOrder = { left: 0, center: 1, right: 2 } as const;

/** One row per base: its plain name and its regions, left before right. */
export function areaChoices(group: AreaGroup): AreaChoice[] {
  return group.bases.flatMap((base) => {
    const regions = specRegions
      .filter((region) => region.base === base)
      .sort((a, b) => sideOrder[a.side] - sideOrder[b.side]);
    const first = regions[0];
    if (first === undefined) return [];
    return [
      {
        base,
        name: first.name.replace(/\s*\((left|right)\)$/, ''),
        regions: regions.map((region) => ({ id: region.id, side: region.side })),
      },
    ];
  });
}

/**
 * A first guess at the side that hurts more, from the pain map: a side wins only when it holds
 * clearly more of the pain (by intensity); otherwise "both, or not sure".
 */
export function likelySide(marks: PainMarks): 'left' | 'right' | 'both' {
  const sides = new Map(specRegions.map((region) => [region.id, region.side]));
  let left = 0;
  let right = 0;
  for (const [id, intensity] of Object.entries(marks)) {
    if (sides.get(id) === 'left') left += intensity;
    if (sides.get(id) === 'right') right += intensity;
  }
  if (left >= 2 * right && left > 0) return 'left';
  if (right >= 2 * left && right > 0) return 'right';
  return 'both';
}

/** True when the safety answers asked for an area to be kept clear. */
export const safetyAsksToSkip = (precautionIds: readonly string[]): boolean =>
  precautionIds.some((id) => id === 'skip-marked-area' || id === 'avoid-operated-area');
