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

type RequestSerializer = (request: { url?: string }) => { url?: string };

/**
 * The logger option with the redacting serializer added when it is logger settings. A request
 * serializer of its own (log-options.ts: no query, no address) keeps its say; only its URL is
 * redacted as well.
 */
export function withRedactedTokens(
  logger: FastifyServerOptions['logger'],
): FastifyServerOptions['logger'] {
  if (typeof logger !== 'object' || logger === null) return logger;
  const settings = logger as Exclude<FastifyServerOptions['logger'], boolean | undefined> & {
    serializers?: { req?: RequestSerializer } & Record<string, unknown>;
  };
  const own = settings.serializers?.req;
  const req = own
    ? (request: Parameters<typeof redactingRequest>[0]) => {
        const line = own(request);
        return { ...line, url: redactedUrl(line.url ?? '') };
      }
    : redactingRequest;
  return {
    ...settings,
    serializers: { ...settings.serializers, req },
  } as FastifyServerOptions['logger'];
}
