// POST /api/plan: a pain map, safety answers and preferences in; an ordered, dosed plan out.
import { endpoints } from '../../core/contracts/endpoints.js';
import { buildPlan } from '../../core/plan/index.js';
import type { App } from '../app-types.js';
import { route } from '../route.js';

export function planRoutes(app: App) {
  route(app, endpoints.plan, {}, async (request) => buildPlan(request.body));
}
