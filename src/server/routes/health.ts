// GET /api/health: the contract's readiness answer, after a real round trip to the database.
import { endpoints } from '../../core/contracts/endpoints.js';
import { databasePinger } from '../../db/ping.js';
import type { App, AppDeps } from '../app-types.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';

export function healthRoutes(app: App, deps: AppDeps) {
  const ping = databasePinger(deps.database.db);
  route(app, endpoints.health, {}, async () => {
    if (!(await ping())) {
      throw new ApiError('service_unavailable', 'The database does not answer.');
    }
    return { status: 'ok' as const, db: deps.database.kind, version: deps.version };
  });
}
