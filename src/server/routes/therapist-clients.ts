// A therapist's clients: the list with what needs attention, and each linked client's records
// read-only (the same answers as the client's own /api/me routes, from the same code). Only
// while the link lasts; any other client id is a 404. Every read goes into the client's log.
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import { ProgressAnswer, ProgressQuery } from '../../core/contracts/progress.js';
import { PageQuery, pageOf, type RecordKind, recordKinds } from '../../core/contracts/records.js';
import { ClientList, ClientSummary } from '../../core/contracts/therapists.js';
import { needsAttention } from '../../core/therapists/index.js';
import { uuidPattern } from '../../db/repositories/record-store.js';
import { recordStores } from '../../db/repositories/stores.js';
import { linksOfTherapist, openLink } from '../../db/repositories/therapist-links.js';
import { type AccessResource, logAccess } from '../access-log.js';
import type { App } from '../app-types.js';
import type { RoleHooks } from '../auth/roles.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';
import { progressOf } from '../use-cases/progress.js';
import { recordPage } from './records.js';

const ClientParams = z.object({ clientId: z.string().max(100) });

/** The record kinds a linked therapist reads; plans stay the client's own. */
const sharedKinds = [
  'pain-maps',
  'safety-screens',
  'session-logs',
  'check-ins',
] as const satisfies readonly RecordKind[];

export function therapistClientRoutes(app: App, access: Access, roles: RoleHooks) {
  const tags = ['therapists'];

  /** The open link to this client, or the 404 for never linked, no longer linked, or no such id. */
  const linkedClient = async (therapistId: string, clientId: string) => {
    const link = uuidPattern.test(clientId)
      ? await openLink(access.db, therapistId, clientId.toLowerCase())
      : null;
    if (!link) throw new ApiError('not_found', 'You have no client with this id.');
    return link;
  };

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

  /** What needs attention for one client now, from the same progress the client sees. */
  const attentionFor = async (clientId: string) => {
    const progress = await progressOf(access, clientId, {});
    const screen = (
      await recordStores.safetyScreens.list(access.db, clientId, { limit: 1, after: null })
    ).items[0];
    const plan = (await recordStores.plans.list(access.db, clientId, { limit: 1, after: null }))
      .items[0];
    return needsAttention({
      now: progress.clock.now,
      latestSafetyScreen: screen
        ? { answeredAt: screen.answeredAt, selfCareAllowed: screen.result.selfCareAllowed }
        : null,
      sessionsPerWeek: plan?.sessionsPerWeek ?? null,
      progress: progress.progress,
    });
  };

  app.get(
    '/api/therapist/clients',
    {
      onRequest: roles.therapist,
      schema: {
        summary: 'Your clients, each with what needs attention',
        description:
          'needsAttention codes: safety-stop, no-recent-session, pain-worse, meaningful-change ' +
          '(src/core/therapists/needs-attention.ts), each with a plain message.',
        tags,
        response: { 200: ClientList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const links = await linksOfTherapist(access.db, access.person(request).userId);
      const items = [];
      for (const link of links) {
        items.push({
          clientId: link.clientId,
          displayName: link.clientDisplayName,
          since: link.since.toISOString(),
          needsAttention: await attentionFor(link.clientId),
        });
      }
      await readBy(
        request,
        links.map((link) => link.clientId),
        'needs-attention',
      );
      return { items };
    },
  );

  app.get(
    '/api/therapist/clients/:clientId',
    {
      onRequest: roles.therapist,
      schema: {
        summary: 'One client: name and since when they share with you',
        tags,
        params: ClientParams,
        response: { 200: ClientSummary, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const link = await linkedClient(access.person(request).userId, request.params.clientId);
      await readBy(request, [link.clientId], 'client-summary');
      return {
        clientId: link.clientId,
        displayName: link.clientDisplayName,
        since: link.since.toISOString(),
      };
    },
  );

  for (const kind of sharedKinds) {
    // As in records.ts: the kinds share one handler; each keeps its schema for OpenAPI.
    const schema = recordKinds[kind].schema as unknown as z.ZodType<{ id: string }>;
    app.get(
      `/api/therapist/clients/:clientId/${kind}`,
      {
        onRequest: roles.therapist,
        schema: {
          summary: `A client's ${kind.replace('-', ' ')}, newest first, as GET /api/me/${kind}`,
          tags,
          params: ClientParams,
          querystring: PageQuery,
          response: {
            200: pageOf(schema),
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
            404: ErrorBody,
          },
        },
      },
      async (request) => {
        const link = await linkedClient(access.person(request).userId, request.params.clientId);
        const page = await recordPage(access, kind, link.clientId, request.query);
        await readBy(request, [link.clientId], kind);
        return page;
      },
    );
  }

  app.get(
    '/api/therapist/clients/:clientId/progress',
    {
      onRequest: roles.therapist,
      schema: {
        summary: "A client's progress, as GET /api/me/progress answers it",
        tags,
        params: ClientParams,
        querystring: ProgressQuery,
        response: {
          200: ProgressAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const link = await linkedClient(access.person(request).userId, request.params.clientId);
      const answer = await progressOf(access, link.clientId, request.query);
      await readBy(request, [link.clientId], 'progress');
      return answer;
    },
  );
}
