// Checks a password someone typed (to sign in, or to confirm a change or a deletion) under the
// shared rate limit, and answers 429 with Retry-After when there have been too many failures.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/schema.js';
import { ApiError } from '../errors.js';
import type { Clock } from './clock.js';
import { verifyNobody, verifyPassword } from './passwords.js';
import { beginPasswordAttempt, passwordAttemptSucceeded } from './sign-in-limit.js';

export async function passwordMatches(
  deps: { readonly db: Db; readonly clock: Clock; readonly rateLimitSecret: Buffer },
  request: FastifyRequest,
  reply: FastifyReply,
  claim: {
    readonly email: string;
    readonly password: string;
    readonly passwordHash: string | null;
    /** A further check once the password is right (the second factor); failing it counts too. */
    readonly alsoRequired?: () => Promise<boolean>;
  },
): Promise<boolean> {
  const start = await beginPasswordAttempt(deps.db, {
    email: claim.email,
    address: request.ip,
    now: deps.clock(),
    secret: deps.rateLimitSecret,
  });
  if (!start.ok) {
    request.log.warn({ event: 'sign_in_limited' }, 'security: password attempts limited');
    reply.header('retry-after', String(start.retryAfterSeconds));
    const minutes = Math.ceil(start.retryAfterSeconds / 60);
    throw new ApiError(
      'rate_limited',
      `Too many wrong passwords. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      { retryAfterSeconds: start.retryAfterSeconds },
    );
  }
  const matches =
    claim.passwordHash === null
      ? await verifyNobody(claim.password)
      : await verifyPassword(claim.passwordHash, claim.password);
  const passed = matches && (claim.alsoRequired ? await claim.alsoRequired() : true);
  if (passed) await passwordAttemptSucceeded(deps.db, start.attempt);
  else request.log.warn({ event: 'password_wrong' }, 'security: a wrong password or unknown email');
  return passed;
}
