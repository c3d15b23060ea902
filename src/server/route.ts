// Registers a route from its entry in the endpoint table (src/core/contracts/endpoints.ts):
// the entry gives method, path and schemas; the route group gives hooks and the handler.
import type {
  ContextConfigDefault,
  FastifyBaseLogger,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Endpoint } from '../core/contracts/endpoint.js';
import type { App } from './app-types.js';

/** The Fastify schema of an endpoint: what validates input and documents it in OpenAPI. */
export interface EndpointSchema<E extends Endpoint> {
  summary: string;
  description?: string;
  tags: string[];
  hide?: boolean;
  produces?: string[];
  params: E['params'];
  querystring: E['query'];
  body: E['body'];
  response: E['responses'];
}

export type EndpointHandler<E extends Endpoint> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  EndpointSchema<E>,
  ZodTypeProvider,
  FastifyBaseLogger
>;

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** What a route adds to its table entry: who may call it, and a larger body limit. */
export interface RouteOptions {
  readonly onRequest?: readonly Hook[];
  readonly bodyLimit?: number;
}

// Parts an endpoint does not take are left out, not set to undefined: Fastify warns on those.
const schemaOf = <E extends Endpoint>(e: E): EndpointSchema<E> =>
  ({
    summary: e.summary,
    tags: [...e.tags],
    ...(e.description ? { description: e.description } : {}),
    ...(e.hide ? { hide: true } : {}),
    ...(e.produces ? { produces: [...e.produces] } : {}),
    ...(e.params ? { params: e.params } : {}),
    ...(e.query ? { querystring: e.query } : {}),
    ...(e.body ? { body: e.body } : {}),
    response: e.responses,
  }) as EndpointSchema<E>;

export function route<const E extends Endpoint>(
  app: App,
  endpoint: E,
  options: RouteOptions,
  handler: EndpointHandler<E>,
): void {
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    schema: schemaOf(endpoint),
    ...(options.onRequest ? { onRequest: [...options.onRequest] } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    handler,
  });
}
