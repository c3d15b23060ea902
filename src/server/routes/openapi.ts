// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the route schemas.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { App } from '../app-types.js';
import { route } from '../route.js';

export function openapiRoutes(app: App) {
  route(
    app,
    endpoints.openapi,
    {},
    async () => app.swagger() as { openapi: string; paths: Record<string, unknown> },
  );
}
