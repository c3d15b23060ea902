// What the server's log may say about a request: method, path without its query string (a
// query may carry personal values such as a date or an email), status and time. No address,
// no headers, no cookies; the security events name what happened, never who.
import type { FastifyServerOptions } from 'fastify';

export const pathOnly = (url: string | undefined): string => (url ?? '').split('?')[0] ?? '';

export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (request: { method?: string; url?: string }) => ({
        method: request.method,
        url: pathOnly(request.url),
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
    },
  } satisfies NonNullable<FastifyServerOptions['logger']>;
}
