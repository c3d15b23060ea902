// A person's records under /api/me: for each kind a paged list, get, put (create or replace by
// the device's id) and delete, and POST /api/me/sync to upload what a device holds, idempotently.
// Every query is scoped to the signed-in person; another person's id is simply not there (404).
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import {
  PageQuery,
  pageOf,
  type RecordKind,
  recordKinds,
  SyncAnswer,
  SyncRequest,
} from '../../core/contracts/records.js';
import {
  decodePageMark,
  encodePageMark,
  type RecordStore,
  uuidPattern,
} from '../../db/repositories/record-store.js';
import { saveReminders } from '../../db/repositories/reminder-settings.js';
import { recordKeys, recordStores } from '../../db/repositories/stores.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';
import { refuseOverQuota } from '../record-quota.js';

/** A sync upload may be larger than other requests: up to 1000 records of each kind. */
export const SYNC_BODY_LIMIT = 16 * 1024 * 1024;

const IdParams = z.object({ id: z.string().max(100).describe('The record id (a UUID)') });

const NoContent = z.null().describe('No content');

const notFound = () => new ApiError('not_found', 'There is no such record in your account.');

type AnyRecord = { readonly id: string };

function recordKindRoutes(app: App, access: Access, path: RecordKind) {
  const { key } = recordKinds[path];
  // The five kinds share these routes; each keeps its own schema for checks and OpenAPI.
  const schema = recordKinds[path].schema as unknown as z.ZodType<AnyRecord>;
  const store = recordStores[key] as unknown as RecordStore<AnyRecord>;
  const tags = ['records'];
  // An id that is not a UUID cannot name a record: the answer is the same 404 as a missing one.
  const recordId = (id: string) => {
    if (!uuidPattern.test(id)) throw notFound();
    return id.toLowerCase();
  };

  app.get(
    `/api/me/${path}`,
    {
      onRequest: access.signedIn,
      schema: {
        summary: `List your ${path.replace('-', ' ')}, newest first, a page at a time`,
        tags,
        querystring: PageQuery,
        response: { 200: pageOf(schema), 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const after = cursor === undefined ? null : decodePageMark(cursor);
      if (cursor !== undefined && after === null) {
        throw new ApiError('invalid_query', 'cursor: use the nextCursor of the previous page.');
      }
      const page = await store.list(access.db, access.person(request).userId, { limit, after });
      return { items: [...page.items], nextCursor: page.next ? encodePageMark(page.next) : null };
    },
  );

  app.get(
    `/api/me/${path}/:id`,
    {
      onRequest: access.signedIn,
      schema: {
        summary: `One of your ${path.replace('-', ' ')}`,
        tags,
        params: IdParams,
        response: { 200: schema, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const id = recordId(request.params.id);
      const record = await store.get(access.db, access.person(request).userId, id);
      if (!record) throw notFound();
      return record;
    },
  );

  app.put(
    `/api/me/${path}/:id`,
    {
      onRequest: access.signedIn,
      schema: {
        summary: `Save one of your ${path.replace('-', ' ')} (201 when new, 200 when replaced)`,
        tags,
        params: IdParams,
        body: schema,
        response: {
          200: schema,
          201: schema,
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const id = recordId(request.params.id);
      const record = request.body as AnyRecord;
      if (record.id.toLowerCase() !== id) {
        throw new ApiError('invalid_body', 'id: the id in the body must match the address.');
      }
      const userId = access.person(request).userId;
      await refuseOverQuota(access.db, userId, { [key]: [record] });
      const saved = await store.save(access.db, userId, [record], access.clock());
      return reply.status(saved.created === 1 ? 201 : 200).send({ ...record, id });
    },
  );

  app.delete(
    `/api/me/${path}/:id`,
    {
      onRequest: access.signedIn,
      schema: {
        summary: `Delete one of your ${path.replace('-', ' ')}`,
        tags,
        params: IdParams,
        response: { 204: NoContent, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = recordId(request.params.id);
      const removed = await store.remove(access.db, access.person(request).userId, id);
      if (!removed) throw notFound();
      return reply.status(204).send(null);
    },
  );
}

export function recordRoutes(app: App, access: Access) {
  for (const path of Object.keys(recordKinds) as RecordKind[]) recordKindRoutes(app, access, path);

  app.post(
    '/api/me/sync',
    {
      onRequest: access.signedIn,
      bodyLimit: SYNC_BODY_LIMIT,
      schema: {
        summary: 'Upload what this device holds; sending the same records again changes nothing',
        description:
          'Each record is created, or replaced when its id exists with other content, or left ' +
          'alone when it is the same. Reminder settings, when sent, replace the stored ones. ' +
          'Up to 1000 records of each kind per request; send more in batches.',
        tags: ['records'],
        body: SyncRequest,
        response: {
          200: SyncAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          413: ErrorBody,
        },
      },
    },
    async (request) => saveEverything(access, access.person(request).userId, request.body),
  );
}

/**
 * Saves every record of a sync upload or an import. Each statement is idempotent, so there is
 * no long transaction holding PGlite's one connection: a failed upload is simply sent again.
 */
export async function saveEverything(
  access: Pick<Access, 'db' | 'clock'>,
  userId: string,
  upload: SyncRequest,
): Promise<SyncAnswer> {
  await refuseOverQuota(access.db, userId, upload);
  const now = access.clock();
  const counts = {} as Record<(typeof recordKeys)[number], SyncAnswer['painMaps']>;
  for (const key of recordKeys) {
    const store = recordStores[key] as unknown as RecordStore<AnyRecord>;
    const records = (upload[key] ?? []) as readonly AnyRecord[];
    counts[key] = await store.save(access.db, userId, records, now);
  }
  if (upload.reminders) await saveReminders(access.db, userId, upload.reminders, now);
  return { ...counts, reminders: upload.reminders ? 'saved' : 'not-sent' };
}
