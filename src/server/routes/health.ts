// GET /api/health: the contract's readiness answer, from a real round trip to the database
// made at most one second ago (so a load balancer polling it costs almost nothing).
import { endpoints } from '../../core/contracts/endpoints.js';
import { databasePinger } from '../../db/ping.js';
import type { App, AppDeps } from '../app-types.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';

/** A health answer reflects the database as it was at most this long ago. */
export const HEALTH_CHECK_MAX_AGE_MS = 1000;

export function healthRoutes(app: App, deps: AppDeps) {
  const ping = databasePinger(deps.database.db, { maxAgeMs: HEALTH_CHECK_MAX_AGE_MS });
  route(app, endpoints.health, {}, async () => {
    if (!(await ping())) {
      throw new ApiError('service_unavailable', 'The database does not answer.');
    }
    return { status: 'ok' as const, db: deps.database.kind, version: deps.version };
  });
}
