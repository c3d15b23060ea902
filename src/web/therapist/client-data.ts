// Everything a therapist reads about one client, from the therapist routes, which answer in
// the same shapes as the client's own /api/me routes. A 404 means sharing ended (or never began).

import { endpoints } from '../../core/contracts/endpoints.js';
import type { PainMapRecord, SafetyScreenRecord } from '../../core/contracts/records.js';
import { clientRecordEndpoints } from '../../core/contracts/therapist-endpoints.js';
import type { ClientSummary } from '../../core/contracts/therapists.js';
import type { ProgressSummary } from '../../core/progress/index.js';
import { ApiFailure, callApi } from '../api.js';
import { progressQuery } from '../progress/use-progress.js';

export interface ClientData {
  readonly client: ClientSummary;
  readonly painMaps: readonly PainMapRecord[];
  readonly safetyScreens: readonly SafetyScreenRecord[];
  readonly progress: ProgressSummary;
}

export type ClientLoad =
  | { readonly status: 'ready'; readonly data: ClientData }
  | { readonly status: 'gone' }
  | { readonly status: 'failed'; readonly error: unknown };

export async function loadClient(clientId: string, now: Date): Promise<ClientLoad> {
  const params = { clientId };
  try {
    const client = await callApi(endpoints.client, { params });
    const [painMaps, safetyScreens, progress] = await Promise.all([
      callApi(clientRecordEndpoints['pain-maps'], { params, query: { limit: 20 } }),
      callApi(clientRecordEndpoints['safety-screens'], { params, query: { limit: 1 } }),
      callApi(endpoints.clientProgress, { params, query: progressQuery(now) }),
    ]);
    return {
      status: 'ready',
      data: {
        client,
        // The endpoints parsed each item with the record's schema; the table's generic page
        // type does not carry that through (see clientRecordEndpoints), so it is named here.
        painMaps: painMaps.items as readonly PainMapRecord[],
        safetyScreens: safetyScreens.items as readonly SafetyScreenRecord[],
        progress: progress.progress,
      },
    };
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) return { status: 'gone' };
    return { status: 'failed', error };
  }
}
