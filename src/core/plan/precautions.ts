// How each safety precaution limits what a plan may ask (safety-screen.json, `precautions`):
// which techniques, tools and mobilisations it rules out, read from their content fields
// (bodyWeight, pressesOver, position, purpose), so a new entry is judged by what it does.
import type { BodyArea } from '../../content/ids.js';
import type { Mobilisation, Technique } from '../../content/schema.js';
import type { ToolId } from '../spec/index.js';

export const precautionIds = [
  'gentle-pressure',
  'gentle-pressure-no-heat',
  'fragile-bones',
  'pregnancy',
  'no-belly-pressure',
  'no-leg-pressure',
  'skip-marked-area',
  'avoid-operated-area',
] as const;
export type PrecautionId = (typeof precautionIds)[number];

/**
 * Every limit the plan applies: the spec's precautions, then one of its own. `start-gentle`:
 * pain now of 8 or more starts with no full body weight on a ball or block (API contract).
 */
export const limitIds = [...precautionIds, 'start-gentle'] as const;
export type LimitId = (typeof limitIds)[number];

export type Precautions = ReadonlySet<string>;

const belly: readonly BodyArea[] = ['belly', 'groin', 'psoas'];
const presses = (
  entry: { readonly pressesOver: readonly BodyArea[] },
  areas: readonly BodyArea[],
) => entry.pressesOver.some((area) => areas.includes(area));

/**
 * Tools firmer than a tennis ball (firmnessOrder 4 and up in content/tools.ts). Light pressure
 * (Bartsch et al. 2021) keeps to the softer ones.
 */
const firmTools: readonly ToolId[] = ['lacrosse-ball', 'massage-block', 'small-dumbbell'];

const wantsLightPressure = (active: Precautions) =>
  active.has('gentle-pressure') || active.has('gentle-pressure-no-heat');

/** Precautions that rule this tool out. */
export function toolBreaks(tool: ToolId, active: Precautions): LimitId[] {
  if (!firmTools.includes(tool) || !wantsLightPressure(active)) return [];
  return (['gentle-pressure', 'gentle-pressure-no-heat'] as const).filter((id) => active.has(id));
}

/**
 * Limits that rule this technique out, in limit order, read from what it does. Body weight goes
 * with every light-pressure limit and a gentle start. With fragile bones (age 65+ included) we
 * go further than the spec's "over the ribs or spine" and leave out all body-weight work: the
 * spec's remedy is a wall with light pressure or the hands, and a ball under the pelvis or the
 * lowest ribs loads bone too. In pregnancy: nothing lying on the back or face down, no belly
 * pressure, and no body weight on a ball at the waist (the QL side-lying ball; API contract).
 * Where it presses (marked areas, the back of the trunk after surgery) is judged by region, in
 * step-check.ts.
 */
export function techniqueBreaks(technique: Technique, active: Precautions): LimitId[] {
  const lying = technique.position === 'lying-on-back' || technique.position === 'lying-face-down';
  const atWaist = technique.bodyWeight && presses(technique, ['flank']);
  const rules: Record<LimitId, boolean> = {
    'gentle-pressure': technique.bodyWeight,
    'gentle-pressure-no-heat': technique.bodyWeight,
    'fragile-bones': technique.bodyWeight,
    pregnancy: lying || presses(technique, belly) || atWaist,
    'no-belly-pressure': presses(technique, belly),
    'no-leg-pressure': presses(technique, ['leg']),
    'skip-marked-area': false,
    'avoid-operated-area': false,
    'start-gentle': technique.bodyWeight,
  };
  return limitIds.filter((id) => active.has(id) && rules[id]);
}

/** Body areas on the back of the trunk that a mobilisation may press (a bolster under the sacrum). */
const backOfTrunkAreas: readonly BodyArea[] = ['spine', 'ribs', 'flank'];

/**
 * Limits that rule this mobilisation out: psoas releases, lying on the back and belly pressure
 * in pregnancy; after spine surgery any twist or bend of the trunk, or pressure on its back.
 */
export function mobilisationBreaks(mobilisation: Mobilisation, active: Precautions): LimitId[] {
  const lying =
    mobilisation.lyingOnBack ||
    mobilisation.position === 'lying-on-back' ||
    mobilisation.position === 'lying-face-down';
  const psoas = mobilisation.purpose === 'psoas';
  const rules: Record<LimitId, boolean> = {
    'gentle-pressure': false,
    'gentle-pressure-no-heat': false,
    'fragile-bones': false,
    pregnancy: psoas || lying || presses(mobilisation, belly),
    'no-belly-pressure': psoas || presses(mobilisation, belly),
    'no-leg-pressure': presses(mobilisation, ['leg']),
    'skip-marked-area': false,
    'avoid-operated-area':
      mobilisation.trunkMotion.length > 0 || presses(mobilisation, backOfTrunkAreas),
    'start-gentle': false,
  };
  return limitIds.filter((id) => active.has(id) && rules[id]);
}

/** Blood thinners: shorter holds. Our choice of 6 s, as the spec gives no number. */
export const gentleHoldSeconds = 6;

export const holdSecondsFor = (seconds: number, active: Precautions): number =>
  active.has('gentle-pressure') ? Math.min(seconds, gentleHoldSeconds) : seconds;
