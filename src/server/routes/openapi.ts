// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the route schemas.
import type { App } from '../app-types.js';

export function openapiRoutes(app: App) {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
