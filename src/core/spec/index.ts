// The fixed contracts of ../shared/spec, copied into the repo so a clone runs on its own;
// spec.test.ts fails if a copy drifts from the shared original.
import bodyRegionsJson from './body-regions.json' with { type: 'json' };
import musclesJson from './muscles.json' with { type: 'json' };
import safetyScreenJson from './safety-screen.json' with { type: 'json' };

export type Side = 'left' | 'right' | 'center';
export type View = 'back' | 'front';

export interface SpecRegion {
  readonly id: string;
  readonly base: string;
  readonly side: Side;
  readonly view: View;
  readonly name: string;
  readonly adjacent: readonly string[];
}

export interface SpecMuscle {
  readonly id: string;
  readonly name: string;
}

export type Level = 'self-care-ok' | 'routine' | 'urgent' | 'emergency';

/** An urgent question or rule marked this way means be seen today, not within 24 to 48 hours. */
export type SpecWhen = 'same-day';

export interface SpecQuestion {
  readonly id: string;
  readonly type: 'boolean' | 'number';
  readonly level: Level;
  readonly precaution?: string;
  readonly when?: SpecWhen;
  readonly range?: readonly [number, number];
  readonly unit?: string;
  readonly meaning: string;
  readonly why: string;
  readonly sources: readonly string[];
}

export interface SpecRule {
  readonly id: string;
  readonly all?: readonly string[];
  readonly any?: readonly string[];
  readonly atLeast?: { readonly n: number; readonly of: readonly string[] };
  readonly level: Level;
  readonly selfCareAllowed?: boolean;
  readonly when?: SpecWhen;
  readonly why: string;
  readonly sources: readonly string[];
}

export interface SafetyScreenSpec {
  readonly levels: readonly Level[];
  readonly questions: readonly SpecQuestion[];
  readonly rules: readonly SpecRule[];
  readonly precautions: Readonly<Record<string, string>>;
}

export const specRegions = bodyRegionsJson.regions as readonly SpecRegion[];
export const specMuscles = musclesJson.muscles as readonly SpecMuscle[];
export const safetyScreen = safetyScreenJson as unknown as SafetyScreenSpec;

/** Tool ids fixed by the HTTP contract. The hands always count as offered. */
export const toolIds = [
  'fists',
  'thumbs',
  'fingers',
  'tennis-ball',
  'lacrosse-ball',
  'racquet-ball',
  'two-balls-sock',
  'massage-block',
  'small-dumbbell',
  'bolster',
] as const;
export type ToolId = (typeof toolIds)[number];
export const handTools: readonly ToolId[] = ['fists', 'thumbs', 'fingers'];

/** Place ids fixed by the HTTP contract. */
export const placeIds = ['floor', 'wall', 'bed', 'massage-table', 'chair', 'public'] as const;
export type PlaceId = (typeof placeIds)[number];
