// Writes the access log from a route: the signed-in actor read or changed these people's data.
// Called in the same request, before the answer is sent, so no read goes unrecorded.
import type { FastifyRequest } from 'fastify';
import { type AccessAction, recordAccess } from '../db/repositories/access-log.js';
import type { Access } from './auth/signed-in.js';

/** What the access log names: a kind of record, or part of the account. */
export type AccessResource =
  | 'pain-maps'
  | 'safety-screens'
  | 'session-logs'
  | 'check-ins'
  | 'progress'
  | 'client-summary'
  | 'needs-attention'
  | 'account-details'
  | 'role'
  | 'findings'
  | 'assigned-plans'
  | 'plan-suggestion'
  | 'follow-up';

export async function logAccess(
  access: Access,
  request: FastifyRequest,
  entry: {
    readonly capacity: 'therapist' | 'administrator';
    readonly subjectIds: readonly string[];
    readonly action: AccessAction;
    readonly resource: AccessResource;
  },
): Promise<void> {
  const { account } = access.person(request);
  // A person's own reads are not access by someone else.
  const subjectIds = entry.subjectIds.filter((id) => id !== account.id);
  if (subjectIds.length === 0) return;
  await recordAccess(access.db, {
    subjectIds,
    actor: { id: account.id, displayName: account.displayName, role: entry.capacity },
    action: entry.action,
    resource: entry.resource,
    at: access.clock(),
  });
}
