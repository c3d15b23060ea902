// Invitation tokens travel in the path (/api/invitations/<token>, /invite/<token>), so the
// request log line writes the path with the token replaced: a log file never lets anyone in.
import type { FastifyServerOptions } from 'fastify';

const tokenPaths = /^(\/api\/invitations\/|\/invite\/)[^/?#]+/;

export const redactedUrl = (url: string): string => url.replace(tokenPaths, '$1[token]');

/** Fastify's own request serializer, with the URL redacted. */
const redactingRequest = (request: {
  method: string;
  url: string;
  headers?: Record<string, unknown>;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}) => ({
  method: request.method,
  url: redactedUrl(request.url),
  version: request.headers?.['accept-version'],
  host: request.host,
  remoteAddress: request.ip,
  remotePort: request.socket?.remotePort,
});

/** The logger option with the redacting serializer added when it is logger settings. */
export function withRedactedTokens(
  logger: FastifyServerOptions['logger'],
): FastifyServerOptions['logger'] {
  if (typeof logger !== 'object' || logger === null) return logger;
  const settings = logger as Exclude<FastifyServerOptions['logger'], boolean | undefined> & {
    serializers?: Record<string, unknown>;
  };
  return {
    ...settings,
    serializers: { ...settings.serializers, req: redactingRequest },
  } as FastifyServerOptions['logger'];
}
