// Who may use a route beyond being signed in: the administrator, or a therapist who has
// two-factor sign-in on. Each hook runs after access.signedIn has found the person.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import type { Access } from './signed-in.js';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface RoleHooks {
  /** onRequest hooks: same site, signed in, the administrator. */
  readonly admin: Hook[];
  /** onRequest hooks: same site, signed in, a therapist, two-factor sign-in on. */
  readonly therapist: Hook[];
}

export function roleHooks(access: Access): RoleHooks {
  const requireAdmin: Hook = async (request) => {
    if (!access.person(request).account.isAdmin) {
      request.log.warn({ event: 'admin_refused' }, 'security: administration refused');
      throw new ApiError('forbidden', 'Only the administrator of this server may do that.');
    }
  };
  const requireTherapist: Hook = async (request) => {
    const { account } = access.person(request);
    if (account.role !== 'therapist') throw new ApiError('not_a_therapist');
    // Client data is shown only to a therapist whose sign-in needs more than a password.
    if (!account.twoFactor) throw new ApiError('two_factor_required');
  };
  return {
    admin: [...access.signedIn, requireAdmin],
    therapist: [...access.signedIn, requireTherapist],
  };
}
