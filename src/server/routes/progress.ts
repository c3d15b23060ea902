// GET /api/me/progress: the signed-in person's progress, computed by the progress use-case.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { route } from '../route.js';
import { progressOf } from '../use-cases/progress.js';

export function progressRoutes(app: App, access: Access) {
  route(app, endpoints.progress, { onRequest: access.signedIn }, async (request) =>
    progressOf(access, access.person(request).userId, request.query),
  );
}
