// Refuses state-changing requests sent by another site. SameSite=Lax already keeps the cookie
// off cross-site POSTs in today's browsers; checking Origin against Host also covers older
// browsers and same-site subdomains (a page on another host of the same site).
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';

const changingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isCrossSite(request: FastifyRequest): boolean {
  if (!changingMethods.has(request.method)) return false;
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false; // not a browser, or a same-origin GET-like request
  const host = request.headers.host;
  if (!host) return true;
  try {
    const from = new URL(origin);
    // Read Host with the origin's scheme, so a default port written out still matches.
    return from.host !== new URL(`${from.protocol}//${host}`).host;
  } catch {
    return true; // "null" or not a URL: a sandboxed or private context, never our own page
  }
}

export async function refuseCrossSite(request: FastifyRequest): Promise<void> {
  if (isCrossSite(request)) {
    throw new ApiError('forbidden', 'This request came from another site, so it was refused.');
  }
}
