// Calls the Unknot API through its endpoint table (src/core/contracts/endpoints.ts): typed
// params, query and body in; the answer parsed with the same Zod schema the server answers
// with, so the client never types a path or a response by hand. Failures become ApiFailure,
// and a 401 `unauthorized` (the login ended) makes the device forget the account, here only.
import {
  type Endpoint,
  type EndpointAnswer,
  type EndpointInput,
  endpointUrl,
  successSchema,
} from '../core/contracts/endpoint.js';
import { ErrorBody, type ErrorDetails } from '../core/contracts/error.js';
import { forgetAccount } from './device/forget-account.js';

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Input is optional for an endpoint that takes none (no params, query or body). */
type InputArgs<E extends Endpoint> = E extends
  | { params: object }
  | { query: object }
  | { body: object }
  ? [input: EndpointInput<E>]
  : [input?: EndpointInput<E>];

export async function callApi<const E extends Endpoint>(
  endpoint: E,
  ...[input]: InputArgs<E>
): Promise<EndpointAnswer<E>> {
  const { params, query, body } = (input ?? {}) as {
    params?: Record<string, string | number>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  let response: Response;
  try {
    response = await fetch(endpointUrl(endpoint, params, query), {
      method: endpoint.method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiFailure(
      'offline',
      'Unknot cannot reach its server right now. Check your connection and try again.',
      0,
    );
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(json);
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      // The sign-out rule: an ended login is forgotten at once, whichever screen asked.
      if (response.status === 401 && code === 'unauthorized') forgetAccount();
      throw new ApiFailure(code, message, response.status, details);
    }
    throw new ApiFailure(
      'http_error',
      `The server answered with status ${response.status}.`,
      response.status,
    );
  }
  const parsed = successSchema(endpoint, response.status)?.safeParse(json);
  if (!parsed?.success) {
    throw new ApiFailure(
      'bad_response',
      'The server sent an answer this page does not understand.',
      response.status,
    );
  }
  return parsed.data as EndpointAnswer<E>;
}
