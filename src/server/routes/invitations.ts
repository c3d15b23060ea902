// Invitations: a therapist makes one (a link and a QR code, single use, open up to 7 days),
// lists and revokes them; the person who opens the link sees who invites them, then accepts
// (which links them) or declines. Any token that cannot be used gets one answer: 404
// invitation_not_found. Tokens are kept only as hashes and never logged (see log-redaction.ts).
import { endpoints } from '../../core/contracts/endpoints.js';
import { MAX_INVITATION_DAYS } from '../../core/contracts/therapists.js';
import { uuidPattern } from '../../db/repositories/record-store.js';
import {
  acceptInvitation,
  createInvitation,
  declineInvitation,
  findOpenInvitation,
  listInvitations,
  revokeInvitation,
} from '../../db/repositories/therapist-links.js';
import type { App } from '../app-types.js';
import { qrRows } from '../auth/qr-rows.js';
import type { RoleHooks } from '../auth/roles.js';
import type { Access } from '../auth/signed-in.js';
import { looksLikeSessionToken, newSessionToken, tokenHash } from '../auth/tokens.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';

const day = 24 * 60 * 60 * 1000;

export function invitationRoutes(app: App, access: Access, roles: RoleHooks) {
  /** The invitation a token opens, or the one 404 for every token that cannot be used. */
  const openInvitation = async (token: string) => {
    const found = looksLikeSessionToken(token)
      ? await findOpenInvitation(access.db, tokenHash(token), access.clock())
      : null;
    if (!found) throw new ApiError('invitation_not_found');
    return found;
  };

  route(app, endpoints.createInvitation, { onRequest: roles.therapist }, async (request, reply) => {
    const now = access.clock();
    // The same 256-bit random token as a login session, and the same SHA-256 at rest.
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + (request.body.days ?? MAX_INVITATION_DAYS) * day);
    const id = await createInvitation(access.db, {
      therapistId: access.person(request).userId,
      tokenHash: tokenHash(token),
      now,
      expiresAt,
    });
    const url = `${request.protocol}://${request.host}/invite/${token}`;
    return reply
      .status(201)
      .header('cache-control', 'no-store')
      .send({ id, token, url, expiresAt: expiresAt.toISOString(), qr: qrRows(url) });
  });

  route(app, endpoints.invitations, { onRequest: roles.therapist }, async (request) => {
    const rows = await listInvitations(access.db, access.person(request).userId, access.clock());
    return {
      items: rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        status: row.status,
      })),
    };
  });

  route(app, endpoints.revokeInvitation, { onRequest: roles.therapist }, async (request, reply) => {
    const { id } = request.params;
    const revoked =
      uuidPattern.test(id) &&
      (await revokeInvitation(
        access.db,
        access.person(request).userId,
        id.toLowerCase(),
        access.clock(),
      ));
    if (!revoked) throw new ApiError('not_found', 'You have no invitation with this id.');
    return reply.status(204).send(null);
  });

  route(app, endpoints.invitation, {}, async (request, reply) => {
    const found = await openInvitation(request.params.token);
    return reply.header('cache-control', 'no-store').send({
      therapist: { id: found.therapistId, displayName: found.therapistDisplayName },
      expiresAt: found.expiresAt.toISOString(),
    });
  });

  route(app, endpoints.acceptInvitation, { onRequest: access.signedIn }, async (request) => {
    const found = await openInvitation(request.params.token);
    const clientId = access.person(request).userId;
    if (found.therapistId === clientId) throw new ApiError('own_invitation');
    const accepted = await acceptInvitation(access.db, {
      invitationId: found.id,
      therapistId: found.therapistId,
      clientId,
      now: access.clock(),
    });
    if (!accepted.ok) {
      throw new ApiError(
        accepted.reason === 'already-linked' ? 'already_linked' : 'invitation_not_found',
      );
    }
    return {
      linkId: accepted.linkId,
      therapist: { id: found.therapistId, displayName: found.therapistDisplayName },
    };
  });

  route(
    app,
    endpoints.declineInvitation,
    { onRequest: access.sameSite },
    async (request, reply) => {
      const found = await openInvitation(request.params.token);
      if (!(await declineInvitation(access.db, found.id, access.clock()))) {
        throw new ApiError('invitation_not_found');
      }
      return reply.status(204).send(null);
    },
  );
}
