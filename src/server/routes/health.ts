// GET /api/health: the contract's readiness answer, after a real round trip to the database.
import { sql } from 'kysely';
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import type { App, AppDeps } from '../app-types.js';
import { ApiError } from '../errors.js';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string().describe('Semantic version of this Unknot'),
});

export function healthRoutes(app: App, deps: AppDeps) {
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
      try {
        await sql`select 1`.execute(deps.database.db);
      } catch {
        throw new ApiError('service_unavailable', 'The database does not answer.');
      }
      return { status: 'ok' as const, db: deps.database.kind, version: deps.version };
    },
  );
}
