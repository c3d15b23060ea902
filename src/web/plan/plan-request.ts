// Builds the body of POST /api/plan from what the device keeps: the pain map (places that hurt),
// the safety answers, the preferences, the psoas check and the overload review.
import type { z } from 'zod';
import { isRegionId, type PainMarks, painMapFromMarks } from '../../core/body/index.js';
import type { PlanRequestInput } from '../../core/contracts/plan.js';
import type { Answers, Clearance } from '../../core/contracts/triage.js';
import { err, ok, type Result } from '../../core/result.js';
import { handTools } from '../../core/spec/index.js';
import type { DeviceOverload, DevicePreferences, DevicePsoasCheck } from '../device/records.js';
import { safetyAsksToSkip } from '../setup/preferences/preferences-form.js';

/** Each record as the device reads it, or null when it was never made. */
export interface PlanInputs {
  readonly painMap: { readonly marks: PainMarks } | null;
  readonly safety: {
    readonly answers: Answers;
    /** The result the person saw; its site precautions make the areas to keep clear a must. */
    readonly result?: { readonly precautions: readonly { readonly id: string }[] };
    /** A doctor's check since an urgent stop, sent along so the plan may be made. */
    readonly clearance?: Clearance;
  } | null;
  readonly preferences: DevicePreferences | null;
  readonly psoasCheck: z.output<typeof DevicePsoasCheck> | null;
  readonly overload: DeviceOverload | null;
  /** Step or point ids a harm report left out, until the person brings them back. */
  readonly leaveOut?: readonly string[];
}

/** What is still to be done before a plan can be made, in the order a person does it. */
export type MissingInput = 'pain-map' | 'safety' | 'preferences' | 'keep-clear';

/**
 * The request, or the first thing missing (the areas to keep clear are a must after a site
 * precaution). Only places that hurt (above 0) go along; the hands
 * are always listed, so a person who ticked no tool still sends a valid list; a skipped psoas
 * check and an unanswered review are left out, as the contract allows.
 */
export function planRequestFrom(inputs: PlanInputs): Result<PlanRequestInput, MissingInput> {
  const regions = painMapFromMarks(inputs.painMap?.marks ?? {}, { painfulOnly: true });
  if (regions.length === 0) return err('pain-map', 'Mark where it hurts first.');
  if (inputs.safety === null) return err('safety', 'Answer the safety questions first.');
  const preferences = inputs.preferences;
  if (preferences === null || preferences.places.length === 0) {
    return err('preferences', 'Choose your tools and place first.');
  }
  const skipRegions = preferences.skipRegions.filter((id) => isRegionId(id));
  // A fracture, a skin problem or an operation at the pressing site binds: no plan until the
  // person has marked where it is (the contract's skipRegions).
  const precautions = inputs.safety.result?.precautions ?? [];
  if (skipRegions.length === 0 && safetyAsksToSkip(precautions.map((p) => p.id))) {
    return err('keep-clear', 'Mark the areas to keep clear first.');
  }
  const check = inputs.psoasCheck?.check ?? null;
  return ok({
    regions,
    answers: inputs.safety.answers,
    preferences: {
      tools: [...new Set([...handTools, ...preferences.tools])],
      places: [...preferences.places],
      bodySize: preferences.bodySize,
      minutes: preferences.minutes,
      painfulSide: preferences.painfulSide,
    },
    ...(check === null ? {} : { psoasCheck: check }),
    ...(skipRegions.length === 0 ? {} : { skipRegions }),
    ...(inputs.overload === null ? {} : { overload: inputs.overload.answers }),
    ...(inputs.safety.clearance === undefined ? {} : { clearance: inputs.safety.clearance }),
    ...(inputs.leaveOut === undefined || inputs.leaveOut.length === 0
      ? {}
      : { leaveOut: [...inputs.leaveOut] }),
  });
}

/** True when a kept plan was made from exactly this request, so it can be shown as it is. */
export const madeFrom = (keptRequest: unknown, request: PlanRequestInput): boolean =>
  JSON.stringify(keptRequest) === JSON.stringify(request);
