// Calls the Unknot API and parses answers with the same Zod schemas the server uses, so the
// client never types a response by hand. Failures become ApiFailure with a readable message.
import type { z } from 'zod';
import { ErrorBody } from '../core/contracts/error.js';

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export async function callApi<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
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
      throw new ApiFailure(code, message, response.status, details);
    }
    throw new ApiFailure(
      'http_error',
      `The server answered with status ${response.status}.`,
      response.status,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiFailure(
      'bad_response',
      'The server sent an answer this page does not understand.',
      response.status,
    );
  }
  return parsed.data;
}
