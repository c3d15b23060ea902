// The starting plan a therapist edits: the plan Unknot builds from the client's latest pain map
// and safety screen, their tools, places and areas to keep clear (newest plan), and the findings
// of their linked therapists, by the same plan builder as POST /api/plan.
import { type PlanRequestInput, validatePlanRequest } from '../../core/contracts/plan.js';
import type { PlanSuggestion } from '../../core/contracts/therapist-work.js';
import type { FoundPoint } from '../../core/match/index.js';
import { buildPlan } from '../../core/plan/index.js';
import { findingsOfLinkedTherapists } from '../../db/repositories/findings.js';
import { recordStores } from '../../db/repositories/stores.js';
import type { Db } from '../../db/schema.js';
import { ApiError } from '../errors.js';
import { latestSkipRegions } from './client-safety.js';

/** Without a plan of their own: the hands on the floor, by a wall or on a chair. */
const defaultPreferences: PlanRequestInput['preferences'] = {
  tools: ['thumbs'],
  places: ['floor', 'wall', 'chair'],
  bodySize: 'medium',
};
/** Without a weekly goal of their own: three sessions a week. */
export const DEFAULT_SESSIONS_PER_WEEK = 3;

/** The findings that shape a person's plans: their linked therapists', as the ranking reads them. */
export async function foundPointsOf(db: Db, clientId: string): Promise<FoundPoint[]> {
  return (await findingsOfLinkedTherapists(db, clientId)).map((finding) => ({
    triggerPoint: finding.triggerPoint,
    tenderness: finding.tenderness,
    reproducesPain: finding.reproducesPain,
  }));
}

const objectOr = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export async function planSuggestion(db: Db, clientId: string): Promise<PlanSuggestion> {
  const newest = { limit: 1, after: null } as const;
  const painMap = (await recordStores.painMaps.list(db, clientId, newest)).items[0] ?? null;
  const screen = (await recordStores.safetyScreens.list(db, clientId, newest)).items[0] ?? null;
  const ownPlan = (await recordStores.plans.list(db, clientId, newest)).items[0] ?? null;
  const findings = await foundPointsOf(db, clientId);
  const basedOn = {
    painMapId: painMap?.id ?? null,
    safetyScreenId: screen?.id ?? null,
    planId: ownPlan?.id ?? null,
    findings: findings.length,
  };
  const sessionsPerWeek = ownPlan?.sessionsPerWeek ?? DEFAULT_SESSIONS_PER_WEEK;
  const missing = [
    ...(painMap ? [] : (['pain-map'] as const)),
    ...(screen ? [] : (['safety-screen'] as const)),
  ];
  if (!painMap || !screen) return { plan: null, missing, basedOn, sessionsPerWeek };

  const ownRequest = objectOr(ownPlan?.request);
  const body: PlanRequestInput = {
    regions: painMap.regions,
    answers: screen.answers,
    preferences: {
      ...defaultPreferences,
      ...objectOr(ownRequest.preferences),
    } as PlanRequestInput['preferences'],
    ...(ownRequest.psoasCheck ? { psoasCheck: objectOr(ownRequest.psoasCheck) } : {}),
    skipRegions: await latestSkipRegions(db, clientId),
    ...(screen.clearance ? { clearance: screen.clearance } : {}),
  };
  const request = validatePlanRequest(body);
  if (!request.ok) {
    // A stored plan of an older shape: build from the map and the screen with the defaults.
    const plain = validatePlanRequest({
      ...body,
      preferences: defaultPreferences,
      psoasCheck: undefined,
    });
    if (!plain.ok) throw new ApiError('conflict', 'The client’s records cannot make a plan.');
    return {
      plan: buildPlan(plain.value, undefined, { findings }),
      missing,
      basedOn,
      sessionsPerWeek,
    };
  }
  return {
    plan: buildPlan(request.value, undefined, { findings }),
    missing,
    basedOn,
    sessionsPerWeek,
  };
}
