// POST /api/plan: a pain map, safety answers and preferences in; an ordered, dosed plan out.
// Signed in, the findings of the person's linked therapists rank their points first; with
// useHistory, their own logged sessions shape it too (issue 17).
import { endpoints } from '../../core/contracts/endpoints.js';
import type { PlanInput } from '../../core/contracts/plan.js';
import { clearanceDateIssue } from '../../core/contracts/triage.js';
import type { FoundPoint } from '../../core/match/found-points.js';
import { buildPlan } from '../../core/plan/index.js';
import { learnedPlan } from '../../core/plan-history/index.js';
import { loggedSessionOf } from '../../core/progress/index.js';
import { sessionLogSummaries } from '../../db/repositories/session-logs.js';
import type { App } from '../app-types.js';
import { type Clock, systemClock } from '../auth/clock.js';
import type { Access } from '../auth/signed-in.js';
import { invalidInput } from '../errors.js';
import { route } from '../route.js';
import { foundPointsOf } from '../use-cases/plan-suggestion.js';

export function planRoutes(app: App, clock: Clock = systemClock, access?: Access) {
  route(app, endpoints.plan, {}, async (request) => {
    // Today (UTC) bounds a clearance date; core has no clock of its own.
    const now = clock();
    const issue = clearanceDateIssue(request.body.clearance, now.toISOString().slice(0, 10));
    if (issue) throw invalidInput([issue]);
    const userId = access ? await access.userIdIfSignedIn(request) : null;
    const findings = access && userId ? await foundPointsOf(access.db, userId) : [];
    if (!request.body.useHistory || userId === null || access === undefined)
      return buildPlan(request.body, undefined, { findings });
    return planFromHistory(access, userId, request.body, now, findings);
  });
}

/** The plan weighing every session this person logged: one read of their session summaries. */
async function planFromHistory(
  access: Access,
  userId: string,
  body: PlanInput,
  now: Date,
  findings: readonly FoundPoint[],
) {
  const sessions = (await sessionLogSummaries(access.db, userId)).map(loggedSessionOf);
  return learnedPlan(
    body,
    sessions,
    {
      now: now.toISOString(),
      utcOffsetMinutes: body.utcOffsetMinutes ?? 0,
    },
    undefined,
    findings,
  );
}
