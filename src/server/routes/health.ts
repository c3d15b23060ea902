// GET /api/health: the contract's readiness answer, after a real round trip to the database.
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import { databasePinger } from '../../db/ping.js';
import type { App, AppDeps } from '../app-types.js';
import { ApiError } from '../errors.js';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string().describe('Semantic version of this Unknot'),
});

export function healthRoutes(app: App, deps: AppDeps) {
  const ping = databasePinger(deps.database.db);
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Is the server ready?',
        tags: ['system'],
        response: { 200: HealthResponse, 503: ErrorBody },
      },
    },
    async () => {
      if (!(await ping())) {
        throw new ApiError('service_unavailable', 'The database does not answer.');
      }
      return { status: 'ok' as const, db: deps.database.kind, version: deps.version };
    },
  );
}
