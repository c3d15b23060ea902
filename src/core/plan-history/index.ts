// Plans that learn (issue 17): the plan builder with the person's own logged sessions weighed
// in. The server reads them from the database and the device from its records; both call this.
import type { PlanInput, PlanResponse } from '../contracts/plan.js';
import type { FoundPoint } from '../match/found-points.js';
import { buildPlan, type PlanContent, planContent } from '../plan/index.js';
import type { LoggedSession, ProgressClock } from '../progress/index.js';
import { learnFrom } from './learn-points.js';
import { indexSessions } from './session-index.js';

export {
  NO_EFFECT_SESSIONS,
  RECENT_VISITS,
  TOLERATED_IN_A_ROW,
  TOO_MUCH_RECENT,
} from './point-reading.js';
export { COMPARE_DAYS } from './try-and-compare.js';

/**
 * The plan for this request, weighing these sessions. With no sessions it is exactly the plan
 * the map alone gives; a precaution stays a hard limit, as the builder's final check runs last.
 */
export function learnedPlan(
  request: PlanInput,
  sessions: readonly LoggedSession[],
  clock: ProgressClock,
  content: PlanContent = planContent,
  findings: readonly FoundPoint[] = [],
): PlanResponse {
  if (sessions.length === 0) return buildPlan(request, content, { findings });
  return buildPlan(request, content, {
    findings,
    learn: learnFrom(indexSessions(sessions, clock)),
  });
}
