// POST /api/triage: safety-screen answers in, level, reasons and precautions out.
import { endpoints } from '../../core/contracts/endpoints.js';
import { clearanceDateIssue } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import type { App } from '../app-types.js';
import { type Clock, systemClock } from '../auth/clock.js';
import { invalidInput } from '../errors.js';
import { route } from '../route.js';

export function triageRoutes(app: App, clock: Clock = systemClock) {
  route(app, endpoints.triage, {}, async (request) => {
    const { answers, clearance } = request.body;
    // Today (UTC) bounds a clearance date; core has no clock of its own.
    const issue = clearanceDateIssue(clearance, clock().toISOString().slice(0, 10));
    if (issue) throw invalidInput([issue]);
    return triage(answers, clearance);
  });
}
