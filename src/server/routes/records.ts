// A person's records under /api/me: for each kind a paged list, get, put (create or replace by
// the device's id) and delete, and POST /api/me/sync to upload what a device holds, idempotently.
// Every query is scoped to the signed-in person; another person's id is simply not there (404).
import type { z } from 'zod';
import {
  endpoints,
  type RecordKindEndpoints,
  recordEndpointsByKind,
} from '../../core/contracts/endpoints.js';
import { type RecordKind, recordKinds } from '../../core/contracts/records.js';
import {
  decodePageMark,
  encodePageMark,
  type RecordStore,
  uuidPattern,
} from '../../db/repositories/record-store.js';
import { recordStores } from '../../db/repositories/stores.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError, invalidInput } from '../errors.js';
import { refuseOverQuota } from '../record-quota.js';
import { route } from '../route.js';
import { saveEverything } from '../use-cases/save-records.js';

/** A sync upload may be larger than other requests: up to 1000 records of each kind. */
export const SYNC_BODY_LIMIT = 16 * 1024 * 1024;

const notFound = () => new ApiError('not_found', 'There is no such record in your account.');

type AnyRecord = { readonly id: string };

/** One page of a person's records of one kind, newest first: the person's or a therapist's view. */
export async function recordPage(
  access: Pick<Access, 'db'>,
  path: RecordKind,
  userId: string,
  query: { readonly limit: number; readonly cursor?: string | undefined },
): Promise<{ items: AnyRecord[]; nextCursor: string | null }> {
  const store = recordStores[recordKinds[path].key] as unknown as RecordStore<AnyRecord>;
  const after = query.cursor === undefined ? null : decodePageMark(query.cursor);
  if (query.cursor !== undefined && after === null) {
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
  const page = await store.list(access.db, userId, { limit: query.limit, after });
  return { items: [...page.items], nextCursor: page.next ? encodePageMark(page.next) : null };
}

function recordKindRoutes(app: App, access: Access, path: RecordKind) {
  const { key } = recordKinds[path];
  // The five kinds share these routes; each keeps its own schema for checks and OpenAPI.
  const kind = recordEndpointsByKind[path] as unknown as RecordKindEndpoints<z.ZodType<AnyRecord>>;
  const store = recordStores[key] as unknown as RecordStore<AnyRecord>;
  const signedIn = { onRequest: access.signedIn };
  // An id that is not a UUID cannot name a record: the answer is the same 404 as a missing one.
  const recordId = (id: string) => {
    if (!uuidPattern.test(id)) throw notFound();
    return id.toLowerCase();
  };

  route(app, kind.list, signedIn, async (request) =>
    recordPage(access, path, access.person(request).userId, request.query),
  );

  route(app, kind.get, signedIn, async (request) => {
    const id = recordId(request.params.id);
    const record = await store.get(access.db, access.person(request).userId, id);
    if (!record) throw notFound();
    return record;
  });

  route(app, kind.put, signedIn, async (request, reply) => {
    const id = recordId(request.params.id);
    const record = request.body;
    if (record.id.toLowerCase() !== id) {
      throw invalidInput([
        { path: 'id', code: 'id_mismatch', message: 'the id in the body must match the address' },
      ]);
    }
    const userId = access.person(request).userId;
    await refuseOverQuota(access.db, userId, { [key]: [record] });
    const saved = await store.save(access.db, userId, [record], access.clock());
    return reply.status(saved.created === 1 ? 201 : 200).send({ ...record, id });
  });

  route(app, kind.remove, signedIn, async (request, reply) => {
    const id = recordId(request.params.id);
    const removed = await store.remove(access.db, access.person(request).userId, id);
    if (!removed) throw notFound();
    return reply.status(204).send(null);
  });
}

export function recordRoutes(app: App, access: Access) {
  for (const path of Object.keys(recordKinds) as RecordKind[]) recordKindRoutes(app, access, path);

  route(
    app,
    endpoints.sync,
    { onRequest: access.signedIn, bodyLimit: SYNC_BODY_LIMIT },
    async (request) => saveEverything(access, access.person(request).userId, request.body),
  );
}
