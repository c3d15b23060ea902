// A person's therapists: who can see their data now, ending that at any time (the therapist's
// next request gets 404), and the access log of who read or changed their data.
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import { PageQuery } from '../../core/contracts/records.js';
import { AccessLogPage, MyTherapists } from '../../core/contracts/therapists.js';
import { listAccess } from '../../db/repositories/access-log.js';
import { decodePageMark, encodePageMark, uuidPattern } from '../../db/repositories/record-store.js';
import { endLinkOfClient, linksOfClient } from '../../db/repositories/therapist-links.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';

const NoContent = z.null().describe('No content');
const LinkParams = z.object({ linkId: z.string().max(100) });

export function myTherapistRoutes(app: App, access: Access) {
  const tags = ['therapists'];

  app.get(
    '/api/me/therapists',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'The therapists who can see your data now',
        tags,
        response: { 200: MyTherapists, 401: ErrorBody },
      },
    },
    async (request) => {
      const links = await linksOfClient(access.db, access.person(request).userId);
      return {
        items: links.map((link) => ({
          linkId: link.linkId,
          therapist: { id: link.therapistId, displayName: link.therapistDisplayName },
          since: link.since.toISOString(),
        })),
      };
    },
  );

  app.delete(
    '/api/me/therapists/:linkId',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'End sharing with a therapist: they lose access at once',
        tags,
        params: LinkParams,
        response: { 204: NoContent, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const { linkId } = request.params;
      const ended =
        uuidPattern.test(linkId) &&
        (await endLinkOfClient(
          access.db,
          access.person(request).userId,
          linkId.toLowerCase(),
          access.clock(),
        ));
      if (!ended) throw new ApiError('not_found', 'You share nothing with this link.');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/access-log',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Who has looked at or changed your data, newest first, a page at a time',
        description:
          'Every read or change of your data by anyone other than you. resource is one of ' +
          'pain-maps, safety-screens, session-logs, check-ins, progress, client-summary, ' +
          'needs-attention, account-details, role.',
        tags,
        querystring: PageQuery,
        response: { 200: AccessLogPage, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const after = cursor === undefined ? null : decodePageMark(cursor);
      if (cursor !== undefined && after === null) {
        throw new ApiError('invalid_query', 'cursor: use the nextCursor of the previous page.');
      }
      const page = await listAccess(access.db, access.person(request).userId, { limit, after });
      return {
        items: page.items.map((entry) => ({
          at: entry.at.toISOString(),
          actor: entry.actor,
          action: entry.action,
          resource: entry.resource,
        })),
        nextCursor: page.next ? encodePageMark(page.next) : null,
      };
    },
  );
}
