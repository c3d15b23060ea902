// What the plan editor starts from: the client, the plan this therapist assigned before (still
// active), and the plan Unknot suggests from the client's latest map, findings and safety check.
import { endpoints } from '../../../core/contracts/endpoints.js';
import type { AssignedPlan, PlanSuggestion } from '../../../core/contracts/therapist-work.js';
import type { ClientSummary } from '../../../core/contracts/therapists.js';
import { callApi } from '../../api.js';

export interface PlanStart {
  readonly client: ClientSummary;
  readonly active: AssignedPlan | null;
  readonly suggestion: PlanSuggestion;
}

export async function loadPlanStart(clientId: string): Promise<PlanStart> {
  const params = { clientId };
  const [client, plans, suggestion] = await Promise.all([
    callApi(endpoints.client, { params }),
    callApi(endpoints.assignedPlans, { params }),
    callApi(endpoints.planSuggestion, { params }),
  ]);
  return {
    client,
    active: plans.items.find((plan) => plan.endedAt === null) ?? null,
    suggestion,
  };
}

/** What the client still has to save before Unknot can suggest a plan, in plain words. */
export function missingWords(missing: PlanSuggestion['missing'], name: string): string | null {
  if (missing.length === 0) return null;
  const parts = missing.map((part) => (part === 'pain-map' ? 'a pain map' : 'a safety check'));
  return `${name} has not saved ${parts.join(' or ')} yet, so Unknot cannot suggest a plan. You can still add steps yourself; each is checked against their safety answers when you save.`;
}
