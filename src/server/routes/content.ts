// GET /api/content: the whole knowledge base. It only changes with a new version, so it is
// validated and serialised once at start and served with an ETag for cheap revalidation.
import { createHash } from 'node:crypto';
import { content } from '../../content/index.js';
import { ContentResponse } from '../../core/contracts/content.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { App } from '../app-types.js';
import { route } from '../route.js';

export function contentRoutes(app: App) {
  const body = JSON.stringify(ContentResponse.parse(content));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  route(app, endpoints.content, {}, async (request, reply) => {
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
    // A prepared JSON string is sent as it is, without serialising again.
    return reply.type('application/json; charset=utf-8').send(body as unknown as ContentResponse);
  });
}
