// POST /api/plan: a pain map, safety answers and preferences in; an ordered, dosed plan out.
// Signed in, the findings of the person's linked therapists rank their points first.
import { endpoints } from '../../core/contracts/endpoints.js';
import { clearanceDateIssue } from '../../core/contracts/triage.js';
import { buildPlan } from '../../core/plan/index.js';
import type { App } from '../app-types.js';
import { type Clock, systemClock } from '../auth/clock.js';
import type { Access } from '../auth/signed-in.js';
import { invalidInput } from '../errors.js';
import { route } from '../route.js';
import { foundPointsOf } from '../use-cases/plan-suggestion.js';

export function planRoutes(app: App, clock: Clock = systemClock, access?: Access) {
  route(app, endpoints.plan, {}, async (request) => {
    // Today (UTC) bounds a clearance date; core has no clock of its own.
    const issue = clearanceDateIssue(request.body.clearance, clock().toISOString().slice(0, 10));
    if (issue) throw invalidInput([issue]);
    const userId = access ? await access.userIdIfSignedIn(request) : null;
    const findings = access && userId ? await foundPointsOf(access.db, userId) : [];
    return buildPlan(request.body, undefined, { findings });
  });
}
