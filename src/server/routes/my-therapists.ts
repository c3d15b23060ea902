// A person's therapists: who can see their data now, ending that at any time (the therapist's
// next request gets 404), and the access log of who read or changed their data.
import { endpoints } from '../../core/contracts/endpoints.js';
import { listAccess } from '../../db/repositories/access-log.js';
import { decodePageMark, encodePageMark, uuidPattern } from '../../db/repositories/record-store.js';
import { endLinkOfClient, linksOfClient } from '../../db/repositories/therapist-links.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError, invalidInput } from '../errors.js';
import { route } from '../route.js';

export function myTherapistRoutes(app: App, access: Access) {
  const signedIn = { onRequest: access.signedIn };

  route(app, endpoints.myTherapists, signedIn, async (request) => {
    const links = await linksOfClient(access.db, access.person(request).userId);
    return {
      items: links.map((link) => ({
        linkId: link.linkId,
        therapist: { id: link.therapistId, displayName: link.therapistDisplayName },
        since: link.since.toISOString(),
      })),
    };
  });

  route(app, endpoints.endTherapistLink, signedIn, async (request, reply) => {
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
  });

  route(app, endpoints.accessLog, signedIn, async (request) => {
    const { limit, cursor } = request.query;
    const after = cursor === undefined ? null : decodePageMark(cursor);
    if (cursor !== undefined && after === null) {
      throw invalidInput(
        [
          {
            path: 'cursor',
            code: 'invalid_cursor',
            message: 'use the nextCursor of the previous page',
          },
        ],
        'invalid_query',
      );
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
  });
}
