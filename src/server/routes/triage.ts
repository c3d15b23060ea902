// POST /api/triage: safety-screen answers in, level, reasons and precautions out.
import { ErrorBody } from '../../core/contracts/error.js';
import { TriageRequest, TriageResponse, validateAnswers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import type { App } from '../app-types.js';
import { validatedInHandler, validInput } from '../route-input.js';

export function triageRoutes(app: App) {
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
    async (request) => triage(validInput(validateAnswers(request.body))),
  );
}
