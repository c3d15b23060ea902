// The one gate of every route on a therapist's client: the open link to that client, or a 404
// for never linked, no longer linked, or no such id (the same answer for all three).
import { uuidPattern } from '../../db/repositories/record-store.js';
import { type LinkRow, openLink } from '../../db/repositories/therapist-links.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';

export const linkedClientOf =
  (access: Pick<Access, 'db'>) =>
  async (therapistId: string, clientId: string): Promise<LinkRow> => {
    const link = uuidPattern.test(clientId)
      ? await openLink(access.db, therapistId, clientId.toLowerCase())
      : null;
    if (!link) throw new ApiError('not_found', 'You have no client with this id.');
    return link;
  };
