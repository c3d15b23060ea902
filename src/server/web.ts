// Serves the built web app (dist/web) and sends index.html for the app's own paths, so a
// deep link like /plan works on reload. Hashed assets are cached for a year; the page never.
// Files are sent as the build's brotli or gzip copies when the browser accepts them; source
// maps only when the owner asked for them (SOURCE_MAPS=serve).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './app-types.js';

export async function webRoutes(
  app: App,
  webRoot: string,
  options: { readonly serveSourceMaps?: boolean } = {},
): Promise<((url: string) => string | null) | null> {
  const indexPath = join(webRoot, 'index.html');
  if (!existsSync(indexPath)) return null;
  const indexHtml = readFileSync(indexPath, 'utf8');
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: true,
    index: false,
    preCompressed: true,
    allowedPath: (pathname) => options.serveSourceMaps === true || !pathname.endsWith('.map'),
    setHeaders(res, path) {
      if (path.includes(`${join(webRoot, 'assets')}`)) {
        res.header('cache-control', 'public, max-age=31536000, immutable');
      } else {
        res.header('cache-control', 'no-cache');
      }
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml),
  );
  // The not-found handler asks this for GET requests outside /api.
  // A missing hashed asset is a 404 in the error shape, not the page (a browser would try to
  // run HTML as a script).
  return (url: string) =>
    url.startsWith('/api/') || url === '/api' || url.startsWith('/assets/') ? null : indexHtml;
}
