// Routes whose input check lives in core (with domain codes such as unknown_region) keep
// their Zod schema for OpenAPI and types, but let core's validate function decide.
import type { Result } from '../core/result.js';
import { ApiError, type ErrorCode, errorCatalog } from './errors.js';

/** Route option: skip Fastify's schema check; the handler runs core's own validation. */
export const validatedInHandler = {
  validatorCompiler: () => (data: unknown) => ({ value: data }),
} as const;

/** The valid value, or an ApiError carrying core's code, message and details. */
export function validInput<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const code = (result.code in errorCatalog ? result.code : 'invalid_body') as ErrorCode;
  throw new ApiError(code, result.message, result.details);
}
