// SIGNUPS=invite: an open, unexpired therapist invitation lets its holder make an account.
// The invitation is not used up here; the new client accepts it after signing up.
import { findOpenInvitation } from '../../db/repositories/therapist-links.js';
import type { Db } from '../../db/schema.js';
import type { Clock } from './clock.js';
import type { InvitationCheck } from './sign-up-policy.js';
import { looksLikeSessionToken, tokenHash } from './tokens.js';

export const therapistInvitations =
  (db: Db, clock: Clock): InvitationCheck =>
  async (token) =>
    looksLikeSessionToken(token) &&
    (await findOpenInvitation(db, tokenHash(token), clock())) !== null;
