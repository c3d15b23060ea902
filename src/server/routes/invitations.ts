// Invitations: a therapist makes one (a link and a QR code, single use, open up to 7 days),
// lists and revokes them; the person who opens the link sees who invites them, then accepts
// (which links them) or declines. Any token that cannot be used gets one answer: 404
// invitation_not_found. Tokens are kept only as hashes and never logged (see log-redaction.ts).
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import {
  AcceptedInvitation,
  InvitationList,
  InvitationPreview,
  MAX_INVITATION_DAYS,
  NewInvitation,
  NewInvitationRequest,
} from '../../core/contracts/therapists.js';
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

const NoContent = z.null().describe('No content');
const day = 24 * 60 * 60 * 1000;

const TokenParams = z.object({ token: z.string().max(200) });
const IdParams = z.object({ id: z.string().max(100) });

export function invitationRoutes(app: App, access: Access, roles: RoleHooks) {
  const tags = ['therapists'];

  /** The invitation a token opens, or the one 404 for every token that cannot be used. */
  const openInvitation = async (token: string) => {
    const found = looksLikeSessionToken(token)
      ? await findOpenInvitation(access.db, tokenHash(token), access.clock())
      : null;
    if (!found) throw new ApiError('invitation_not_found');
    return found;
  };

  app.post(
    '/api/therapist/invitations',
    {
      onRequest: roles.therapist,
      schema: {
        summary: 'Make an invitation for a new client: a link and a QR code, used once',
        description:
          'The token (256 random bits) is shown only in this answer; the server keeps its hash. ' +
          `Open ${MAX_INVITATION_DAYS} days unless "days" (1-${MAX_INVITATION_DAYS}) says fewer.`,
        tags,
        body: NewInvitationRequest,
        response: { 201: NewInvitation, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
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
    },
  );

  app.get(
    '/api/therapist/invitations',
    {
      onRequest: roles.therapist,
      schema: {
        summary: 'Your invitations, newest first, with whether each is still open',
        tags,
        response: { 200: InvitationList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const rows = await listInvitations(access.db, access.person(request).userId, access.clock());
      return {
        items: rows.map((row) => ({
          id: row.id,
          createdAt: row.createdAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
          status: row.status,
        })),
      };
    },
  );

  app.delete(
    '/api/therapist/invitations/:id',
    {
      onRequest: roles.therapist,
      schema: {
        summary: 'Revoke one of your invitations: its link stops working at once',
        tags,
        params: IdParams,
        response: { 204: NoContent, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
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
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        summary: 'Who an invitation is from, for the consent screen (no sign-in needed)',
        tags,
        params: TokenParams,
        response: { 200: InvitationPreview, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const found = await openInvitation(request.params.token);
      return reply.header('cache-control', 'no-store').send({
        therapist: { id: found.therapistId, displayName: found.therapistDisplayName },
        expiresAt: found.expiresAt.toISOString(),
      });
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Accept an invitation: this therapist may see your data until you end it',
        description:
          'The therapist then sees your pain maps, safety screens, sessions, progress and ' +
          'check-ins. 409 own_invitation for your own, 409 already_linked when linked already.',
        tags,
        params: TokenParams,
        body: z.strictObject({}),
        response: {
          200: AcceptedInvitation,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) => {
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
    },
  );

  app.post(
    '/api/invitations/:token/decline',
    {
      onRequest: access.sameSite,
      schema: {
        summary: 'Decline an invitation: its link stops working (no sign-in needed)',
        tags,
        params: TokenParams,
        response: { 204: NoContent, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const found = await openInvitation(request.params.token);
      if (!(await declineInvitation(access.db, found.id, access.clock()))) {
        throw new ApiError('invitation_not_found');
      }
      return reply.status(204).send(null);
    },
  );
}
