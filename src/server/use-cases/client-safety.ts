// A person's safety as it stands now, for plans made by someone else: their latest safety screen,
// the areas to keep clear from their newest plan, and the step rules both make (stepRulesFor).
import { isRegionId, type RegionId } from '../../core/body/regions.js';
import type { SafetyScreenRecord } from '../../core/contracts/records.js';
import { type StepRules, stepRulesFor } from '../../core/plan/index.js';
import type { LatestScreen } from '../../core/therapists/index.js';
import { recordStores } from '../../db/repositories/stores.js';
import type { Db } from '../../db/schema.js';

export interface ClientSafety {
  readonly screenRecord: SafetyScreenRecord | null;
  readonly screen: LatestScreen | null;
  /** Null before any safety screen: then nothing is known of the person's limits. */
  readonly rules: StepRules | null;
  readonly skipRegions: readonly RegionId[];
}

/** The areas to keep clear the person last named, from the request of their newest plan. */
export async function latestSkipRegions(db: Db, userId: string): Promise<RegionId[]> {
  const plan = (await recordStores.plans.list(db, userId, { limit: 1, after: null })).items[0];
  const skip = plan?.request.skipRegions;
  return Array.isArray(skip)
    ? skip.filter((id): id is RegionId => typeof id === 'string' && isRegionId(id))
    : [];
}

export async function clientSafety(db: Db, userId: string): Promise<ClientSafety> {
  const screenRecord =
    (await recordStores.safetyScreens.list(db, userId, { limit: 1, after: null })).items[0] ?? null;
  const skipRegions = await latestSkipRegions(db, userId);
  if (screenRecord === null) return { screenRecord, screen: null, rules: null, skipRegions };
  return {
    screenRecord,
    screen: {
      answeredAt: screenRecord.answeredAt,
      selfCareAllowed: screenRecord.result.selfCareAllowed,
    },
    rules: stepRulesFor({
      answers: screenRecord.answers,
      screen: screenRecord.result,
      skipRegions,
    }),
    skipRegions,
  };
}
