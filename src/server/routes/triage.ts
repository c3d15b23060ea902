// POST /api/triage: safety-screen answers in, level, reasons and precautions out.
import { endpoints } from '../../core/contracts/endpoints.js';
import { triage } from '../../core/triage/index.js';
import type { App } from '../app-types.js';
import { route } from '../route.js';

export function triageRoutes(app: App) {
  route(app, endpoints.triage, {}, async (request) => triage(request.body.answers));
}
