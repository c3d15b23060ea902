// POST /api/triage: safety-screen answers in, level, reasons and precautions out.
import { ErrorBody } from '../../core/contracts/error.js';
import {
  TriageRequest,
  TriageResponse,
  validateTriageRequest,
} from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import type { App } from '../app-types.js';
import { type Clock, systemClock } from '../auth/clock.js';
import { validatedInHandler, validInput } from '../route-input.js';

export function triageRoutes(app: App, clock: Clock = systemClock) {
  app.post(
    '/api/triage',
    {
      ...validatedInHandler,
      schema: {
        summary: 'Check safety-screen answers: may self-care go on, and how',
        tags: ['safety'],
        body: TriageRequest,
        response: { 200: TriageResponse, 400: ErrorBody },
      },
    },
    async (request) => {
      // Today (UTC) bounds a clearance date; core has no clock of its own.
      const today = clock().toISOString().slice(0, 10);
      const input = validInput(validateTriageRequest(request.body, today));
      return triage(input.answers, input.clearance);
    },
  );
}
