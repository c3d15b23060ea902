// POST /api/plan: a pain map, safety answers and preferences in; an ordered, dosed plan out.
import { endpoints } from '../../core/contracts/endpoints.js';
import { clearanceDateIssue } from '../../core/contracts/triage.js';
import { buildPlan } from '../../core/plan/index.js';
import type { App } from '../app-types.js';
import { type Clock, systemClock } from '../auth/clock.js';
import { invalidInput } from '../errors.js';
import { route } from '../route.js';

export function planRoutes(app: App, clock: Clock = systemClock) {
  route(app, endpoints.plan, {}, async (request) => {
    // Today (UTC) bounds a clearance date; core has no clock of its own.
    const issue = clearanceDateIssue(request.body.clearance, clock().toISOString().slice(0, 10));
    if (issue) throw invalidInput([issue]);
    return buildPlan(request.body);
  });
}
