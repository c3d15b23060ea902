// Decides whether a sign-up may go ahead, before any password is hashed: the per-address rate
// limit, then the setup code for the first account, then SIGNUPS (open, invite or closed).
// Refusals are logged as security events without the email or the address.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasAnyUser } from '../../db/repositories/users.js';
import { ApiError } from '../errors.js';
import { setupCodeAccepted } from './setup-code.js';
import { limitKey, takeAttempt } from './sign-in-limit.js';
import { type InvitationCheck, type SignUpMode, signUpSetting } from './sign-up-policy.js';
import type { Access } from './signed-in.js';

export interface SignUpGate {
  readonly signupsFromEnvironment: SignUpMode;
  readonly invitations: InvitationCheck;
  /** Sign-ups allowed from one address in the 15-minute window. */
  readonly perAddress: number;
}

export async function admitSignUp(
  access: Access,
  gate: SignUpGate,
  request: FastifyRequest,
  _reply: FastifyReply,
  claim: { readonly email: string; readonly setupCode?: string; readonly invitation?: string },
): Promise<void> {
  const refuse = (event: string, error: ApiError): never => {
    request.log.warn({ event }, `security: sign-up refused (${event})`);
    throw error;
  };
  const started = await takeAttempt(
    access.db,
    [
      {
        key: limitKey(access.rateLimitSecret, 'sign-up-address', request.ip),
        limit: gate.perAddress,
      },
    ],
    access.clock(),
  );
  if (!started.ok) {
    const minutes = Math.ceil(started.retryAfterSeconds / 60);
    refuse(
      'sign_up_limited',
      new ApiError(
        'rate_limited',
        `Too many new accounts from this address. Please wait ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { retryAfterSeconds: started.retryAfterSeconds },
      ),
    );
  }
  if (!(await hasAnyUser(access.db))) {
    if (!(await setupCodeAccepted(access.db, claim.setupCode)))
      refuse(
        'setup_code_wrong',
        new ApiError(
          'setup_code_required',
          claim.setupCode
            ? 'That setup code is not right. It is in the server’s log from when it started.'
            : undefined,
        ),
      );
    return;
  }
  const { mode } = await signUpSetting(access.db, gate.signupsFromEnvironment);
  if (mode === 'closed') refuse('sign_up_closed', new ApiError('signups_closed'));
  if (mode === 'invite') {
    const invited = claim.invitation
      ? await gate.invitations(claim.invitation, claim.email)
      : false;
    if (!invited) refuse('sign_up_not_invited', new ApiError('invitation_required'));
  }
}
