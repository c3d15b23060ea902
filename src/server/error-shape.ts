// Puts the framework's own refusals into the contract's {error:{code,message,details}} shape:
// errors raised before routing (bad URL, over-long path parameter), errors Node's HTTP parser
// raises before Fastify sees a request (408, 431, malformed), JSON nested too deep, and the
// 503 while the server is closing. Everything else already goes through handleError.
import type { Socket } from 'node:net';
import type { FastifyServerOptions } from 'fastify';
import type { App } from './app-types.js';
import { ApiError, type ErrorCode, errorBody, errorStatus, handleError } from './errors.js';

/** Deepest JSON nesting any request may have; our deepest contract is well under 12 levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deeply `text` nests arrays and objects, counted without parsing, stopping early once
 * past `limit`; so a hostile body costs one linear scan and never a deep recursion.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > limit) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

function rawErrorResponse(code: ErrorCode): string {
  const body = JSON.stringify(errorBody(code));
  const status = errorStatus(code);
  return (
    `HTTP/1.1 ${status} ${code.replace(/_/g, ' ')}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** Fastify constructor options that route framework errors through the one shape. */
export const frameworkErrorOptions = {
  frameworkErrors: (error, request, reply) => {
    handleError(error, request, reply);
  },
  // Node's parser refused the request before Fastify made one: answer on the socket itself.
  clientErrorHandler: (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const code: ErrorCode =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request_timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? 'headers_too_large'
          : error.code === 'HPE_URI_TOO_LONG'
            ? 'uri_too_long'
            : 'bad_request';
    if (socket.writable) socket.write(rawErrorResponse(code));
    socket.destroy();
  },
  // The closing 503 comes from the hook below, in our shape.
  return503OnClosing: false,
} satisfies Partial<FastifyServerOptions>;

/** Installs the JSON parser with a depth limit and the shaped 503 while closing. */
export function installErrorShape(app: App): void {
  app.setErrorHandler(handleError);
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(
        new ApiError(
          'invalid_json',
          `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
          { maxDepth: MAX_JSON_DEPTH },
        ),
        undefined,
      );
      return;
    }
    parseJson(request, text, done);
  });
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close').header('retry-after', '5');
    throw new ApiError('service_unavailable', 'The server is restarting. Try again shortly.');
  });
}
