// The one place where error codes meet HTTP: every code the API can answer with, its status
// and a default sentence. Routes throw ApiError; the error handler turns anything into the
// contract's {error:{code,message,details}} shape and never leaks a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ErrorBody, ErrorDetails } from '../core/contracts/error.js';
import {
  issuesMessage,
  leadingCode,
  plainIssues,
  type ValidationIssue,
} from '../core/contracts/issues.js';

export const errorCatalog = {
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  invalid_body: { status: 400, message: 'The request body does not have the expected shape.' },
  invalid_query: { status: 400, message: 'The query string does not have the expected shape.' },
  bad_request: { status: 400, message: 'The request is not valid.' },
  unknown_region: { status: 400, message: 'A body region id is not known.' },
  unknown_question: { status: 400, message: 'A safety question id is not known.' },
  invalid_answer: {
    status: 400,
    message: 'A safety answer has the wrong type or is out of range.',
  },
  weak_password: {
    status: 400,
    message: 'Please choose a longer or less common password.',
  },
  code_invalid: {
    status: 400,
    message: 'That code is not right. Type the 6 digits your authenticator app shows now.',
  },
  unauthorized: { status: 401, message: 'Please sign in first.' },
  totp_required: {
    status: 401,
    message: 'Type the 6-digit code from your authenticator app, or a recovery code.',
  },
  totp_invalid: {
    status: 401,
    message: 'That code is not right. Type the code your authenticator app shows now.',
  },
  invalid_credentials: { status: 401, message: 'The email or the password is not right.' },
  forbidden: { status: 403, message: 'You may not do that.' },
  setup_code_required: {
    status: 403,
    message:
      'This is a new server: the first account needs the setup code printed in the server’s log when it started.',
  },
  signups_closed: {
    status: 403,
    message: 'This server does not take new accounts. Ask its administrator to make one for you.',
  },
  invitation_required: {
    status: 403,
    message:
      'New accounts on this server need an invitation. Ask your therapist or the administrator.',
  },
  wrong_password: { status: 403, message: 'That password is not right.' },
  not_a_therapist: {
    status: 403,
    message: 'Only a therapist may do that. The administrator can make your account one.',
  },
  two_factor_required: {
    status: 403,
    message: 'Turn on two-factor sign-in first: client data is shown only then.',
  },
  not_found: { status: 404, message: 'There is nothing at this address.' },
  invitation_not_found: {
    status: 404,
    message: 'This invitation cannot be used. It may be used up, ended or mistyped.',
  },
  method_not_allowed: { status: 405, message: 'This address does not accept that method.' },
  not_acceptable: {
    status: 406,
    message: 'The server cannot answer in a form this request accepts.',
  },
  request_timeout: { status: 408, message: 'The request took too long to arrive.' },
  conflict: { status: 409, message: 'That conflicts with what is already stored.' },
  email_taken: {
    status: 409,
    message: 'An account with this email already exists. Try signing in instead.',
  },
  two_factor_on: {
    status: 409,
    message: 'Two-factor sign-in is already on. Turn it off first to set it up again.',
  },
  two_factor_not_started: {
    status: 409,
    message: 'Start two-factor setup first, then type the code it shows.',
  },
  own_invitation: { status: 409, message: 'This is your own invitation. Give it to your client.' },
  already_linked: {
    status: 409,
    message: 'This therapist can already see your data. There is nothing more to accept.',
  },
  precondition_failed: {
    status: 412,
    message: 'A condition in the request headers does not hold.',
  },
  quota_exceeded: { status: 409, message: 'This account holds as many records as it may.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  uri_too_long: { status: 414, message: 'The address or one of its parts is too long.' },
  unsupported_media_type: {
    status: 415,
    message: 'Send the body as JSON with the header content-type: application/json.',
  },
  range_not_satisfiable: { status: 416, message: 'The requested range is not in the file.' },
  unknown_host: {
    status: 421,
    message:
      'This server does not answer to that host name. Ask its owner to add it to ALLOWED_HOSTS.',
  },
  rate_limited: { status: 429, message: 'Too many attempts. Please wait a moment and try again.' },
  headers_too_large: { status: 431, message: 'The request headers are too large.' },
  internal: { status: 500, message: 'Something went wrong on the server. Nothing was changed.' },
  service_unavailable: { status: 503, message: 'The server is not ready. Try again shortly.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export const errorStatus = (code: ErrorCode): number => errorCatalog[code].status;

/** Thrown by route handlers for expected failures; the error handler presents it. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: ErrorDetails,
  ) {
    super(message ?? errorCatalog[code].message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ErrorCode, message?: string, details?: ErrorDetails): ErrorBody {
  return {
    error: {
      code,
      message: message ?? errorCatalog[code].message,
      ...(details === undefined ? {} : { details }),
    },
  };
}

// Fastify's own error codes for bad input, mapped to ours.
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long',
  FST_ERR_BAD_URL: 'bad_request',
};

// Any other 4xx the framework or a plugin (static files) raises keeps its status under our code.
const codeForStatus: Record<number, ErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  429: 'rate_limited',
  431: 'headers_too_large',
};

/** Zod's issues back from the type provider's validation entries (path, code and the rest). */
function zodIssuesOf(error: FastifyError): z.core.$ZodIssue[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map(
    (v) =>
      ({
        ...(v.params as object),
        code: v.keyword,
        message: v.message ?? 'is not valid',
        path: (v.instancePath ?? '')
          .split('/')
          .filter((part) => part !== '')
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      }) as z.core.$ZodIssue,
  );
}

const inputCodes: Readonly<Record<string, 'invalid_body' | 'invalid_query'>> = {
  body: 'invalid_body',
  querystring: 'invalid_query',
  params: 'invalid_body',
};

/**
 * The one 400 for input that fails its checks: code from the first refinement that names one
 * (unknown_region...), else where the input was; details.issues lists every problem.
 */
export function invalidInput(
  issues: readonly ValidationIssue[],
  where: 'invalid_body' | 'invalid_query' = 'invalid_body',
): ApiError {
  const code = leadingCode(issues, where);
  return new ApiError(code in errorCatalog ? code : where, issuesMessage(issues), {
    issues: [...issues],
  });
}

export function presentError(error: unknown): { status: number; body: ErrorBody; log: boolean } {
  if (error instanceof ApiError) {
    return {
      status: errorStatus(error.code),
      body: errorBody(error.code, error.message, error.details),
      log: false,
    };
  }
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const where = inputCodes[fe.validationContext ?? 'body'] ?? 'invalid_body';
    const invalid = invalidInput(plainIssues(zodIssuesOf(fe)), where);
    return {
      status: 400,
      body: errorBody(invalid.code, invalid.message, invalid.details),
      log: false,
    };
  }
  const mapped = fe?.code ? fastifyCodes[fe.code] : undefined;
  if (mapped) return { status: errorStatus(mapped), body: errorBody(mapped), log: false };
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = codeForStatus[fe.statusCode] ?? 'bad_request';
    return { status: errorStatus(code), body: errorBody(code), log: false };
  }
  return { status: 500, body: errorBody('internal'), log: true };
}

export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  message?: string,
  details?: ErrorDetails,
) {
  return reply.status(errorStatus(code)).send(errorBody(code, message, details));
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body, log } = presentError(error);
  if (log) request.log.error({ err: error }, 'unhandled error');
  // A refusal that says when to come back says it in the header too.
  const retry = (body.error.details as { retryAfterSeconds?: unknown } | undefined)
    ?.retryAfterSeconds;
  if (typeof retry === 'number') reply.header('retry-after', String(retry));
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
