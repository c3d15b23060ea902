// POST /api/plan: a pain map, safety answers and preferences in; an ordered, dosed plan out.
import { ErrorBody } from '../../core/contracts/error.js';
import { PlanRequest, PlanResponse, validatePlanRequest } from '../../core/contracts/plan.js';
import { buildPlan } from '../../core/plan/index.js';
import type { App } from '../app-types.js';
import { type Clock, systemClock } from '../auth/clock.js';
import { validatedInHandler, validInput } from '../route-input.js';

export function planRoutes(app: App, clock: Clock = systemClock) {
  app.post(
    '/api/plan',
    {
      ...validatedInHandler,
      schema: {
        summary: 'Build a personal plan: releases, the three steps and a movement, fitted to today',
        tags: ['guidance'],
        body: PlanRequest,
        response: { 200: PlanResponse, 400: ErrorBody },
      },
    },
    async (request) => {
      // Today (UTC) bounds a clearance date; core has no clock of its own.
      const today = clock().toISOString().slice(0, 10);
      return buildPlan(validInput(validatePlanRequest(request.body, today)));
    },
  );
}
