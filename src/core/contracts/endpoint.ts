// What one HTTP endpoint is, as data: method, path, the schemas of its input and of every
// answer. The server registers routes from it and the web client calls them through it.
import { z } from 'zod';
import { ErrorBody } from './error.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Endpoint {
  readonly method: Method;
  /** Fastify's form: `/api/me/check-ins/:id`; OpenAPI shows `{id}`. */
  readonly path: `/api/${string}`;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Every answer by HTTP status; failures are ErrorBody (see `failures`). */
  readonly responses: { readonly [status: number]: z.ZodType };
  /** Content types of a 2xx answer that is not JSON, such as text/csv. */
  readonly produces?: readonly string[];
  /** Left out of the OpenAPI document (the document itself). */
  readonly hide?: boolean;
}

/** Keeps an endpoint's literal types (its schemas, its statuses) for server and client. */
export const endpoint = <const E extends Endpoint>(definition: E): E => definition;

/** The answer of a 204: no body. */
export const NoContent = z.null().describe('No content');

type Failures<S extends number> = { readonly [K in S]: typeof ErrorBody };

/** The error answers an endpoint may give, each in the one error shape. */
export const failures = <const S extends number>(...statuses: S[]): Failures<S> =>
  Object.fromEntries(statuses.map((status) => [status, ErrorBody])) as Failures<S>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206;

/** What a successful call answers, parsed: the union of the endpoint's 2xx schemas' outputs. */
export type EndpointAnswer<E extends Endpoint> = {
  [S in keyof E['responses'] & SuccessStatus]: z.output<E['responses'][S]>;
}[keyof E['responses'] & SuccessStatus];

type Part<E extends Endpoint, K extends 'params' | 'query' | 'body'> = E[K] extends z.ZodType
  ? { readonly [P in K]: z.input<E[K]> }
  : { readonly [P in K]?: undefined };

/** What a caller sends: the params, query and body the endpoint takes, typed as their input. */
export type EndpointInput<E extends Endpoint> = Part<E, 'params'> &
  Part<E, 'query'> &
  Part<E, 'body'>;

/** The 2xx schema for a status, if the endpoint answers it. */
export const successSchema = (e: Endpoint, status: number): z.ZodType | undefined =>
  status >= 200 && status < 300 ? e.responses[status] : undefined;

/** The address of a call: path params filled in (encoded) and the query appended. */
export function endpointUrl(
  e: Endpoint,
  params?: Readonly<Record<string, string | number>>,
  query?: Readonly<Record<string, unknown>>,
): string {
  const path = e.path.replace(/:([A-Za-z]\w*)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${e.method} ${e.path} needs the param ${name}.`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}
