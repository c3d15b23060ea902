// A therapist's clients: the list with what needs attention, and each linked client's records
// read-only (the same answers as the client's own /api/me routes, from the same code). Only
// while the link lasts; any other client id is a 404. Every read goes into the client's log.
import type { z } from 'zod';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { PageQuery } from '../../core/contracts/records.js';
import {
  clientRecordEndpoints,
  sharedRecordKinds,
} from '../../core/contracts/therapist-endpoints.js';
import { byAttention } from '../../core/therapists/index.js';
import { linksOfTherapist } from '../../db/repositories/therapist-links.js';
import { type AccessResource, logAccess } from '../access-log.js';
import type { App } from '../app-types.js';
import type { RoleHooks } from '../auth/roles.js';
import type { Access } from '../auth/signed-in.js';
import { route } from '../route.js';
import { clientStanding } from '../use-cases/client-standing.js';
import { progressOf } from '../use-cases/progress.js';
import { linkedClientOf } from './linked-client.js';
import { recordPage } from './records.js';

// The four kinds share one handler; seen through one record type, as records.ts does.
type ClientRecordEndpoint = (typeof clientRecordEndpoints)['pain-maps'] & {
  readonly query: typeof PageQuery;
  readonly responses: {
    readonly 200: z.ZodType<{ items: { id: string }[]; nextCursor: string | null }>;
  };
};

export function therapistClientRoutes(app: App, access: Access, roles: RoleHooks) {
  const therapistOnly = { onRequest: roles.therapist };

  const linkedClient = linkedClientOf(access);

  const readBy = (
    request: Parameters<typeof logAccess>[1],
    clientIds: readonly string[],
    resource: AccessResource,
  ) =>
    logAccess(access, request, {
      capacity: 'therapist',
      subjectIds: clientIds,
      action: 'read',
      resource,
    });

  route(app, endpoints.clients, therapistOnly, async (request) => {
    const links = await linksOfTherapist(access.db, access.person(request).userId);
    const items = [];
    for (const link of links) {
      const { attention } = await clientStanding(access, link.clientId, {});
      items.push({
        clientId: link.clientId,
        displayName: link.clientDisplayName,
        since: link.since.toISOString(),
        needsAttention: attention,
        reason: attention[0]?.message ?? null,
      });
    }
    await readBy(
      request,
      links.map((link) => link.clientId),
      'needs-attention',
    );
    // Who needs attention first, each with its one-line reason.
    return { items: byAttention(items) };
  });

  route(app, endpoints.client, therapistOnly, async (request) => {
    const link = await linkedClient(access.person(request).userId, request.params.clientId);
    await readBy(request, [link.clientId], 'client-summary');
    return {
      clientId: link.clientId,
      displayName: link.clientDisplayName,
      since: link.since.toISOString(),
    };
  });

  for (const kind of sharedRecordKinds) {
    route(
      app,
      clientRecordEndpoints[kind] as unknown as ClientRecordEndpoint,
      therapistOnly,
      async (request) => {
        const link = await linkedClient(access.person(request).userId, request.params.clientId);
        const page = await recordPage(access, kind, link.clientId, request.query);
        await readBy(request, [link.clientId], kind);
        return page;
      },
    );
  }

  route(app, endpoints.clientProgress, therapistOnly, async (request) => {
    const link = await linkedClient(access.person(request).userId, request.params.clientId);
    const answer = await progressOf(access, link.clientId, request.query);
    await readBy(request, [link.clientId], 'progress');
    return answer;
  });
}
