// POST /api/match: a pain map in, trigger points ranked with plain reasons out.
import { triggerPoints } from '../../content/trigger-points.js';
import { ErrorBody } from '../../core/contracts/error.js';
import { MatchRequest, MatchResponse, validateMatchRequest } from '../../core/contracts/match.js';
import { matchTriggerPoints } from '../../core/match/index.js';
import type { App } from '../app-types.js';
import { validatedInHandler, validInput } from '../route-input.js';

export function matchRoutes(app: App) {
  app.post(
    '/api/match',
    {
      ...validatedInHandler,
      schema: {
        summary: 'Rank the trigger points that may explain a pain map',
        tags: ['guidance'],
        body: MatchRequest,
        response: { 200: MatchResponse, 400: ErrorBody },
      },
    },
    async (request) => {
      const { regions } = validInput(validateMatchRequest(request.body));
      return { results: matchTriggerPoints(regions, triggerPoints) };
    },
  );
}
