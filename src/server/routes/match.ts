// POST /api/match: a pain map in, trigger points ranked with plain reasons out.
import { triggerPoints } from '../../content/trigger-points.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { matchTriggerPoints } from '../../core/match/index.js';
import type { App } from '../app-types.js';
import { route } from '../route.js';

export function matchRoutes(app: App) {
  route(app, endpoints.match, {}, async (request) => ({
    results: matchTriggerPoints(request.body.regions, triggerPoints),
  }));
}
