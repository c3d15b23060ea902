// Everything a therapist reads about one client, from the therapist routes, with the same
// schemas as the client's own /api/me routes. A 404 means sharing ended (or never began).

import { ProgressAnswer } from '../../core/contracts/progress.js';
import { PainMapRecord, pageOf, SafetyScreenRecord } from '../../core/contracts/records.js';
import { ClientSummary } from '../../core/contracts/therapists.js';
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
  const base = `/api/therapist/clients/${encodeURIComponent(clientId)}`;
  try {
    const client = await callApi('GET', base, ClientSummary);
    const [painMaps, safetyScreens, progress] = await Promise.all([
      callApi('GET', `${base}/pain-maps`, pageOf(PainMapRecord)),
      callApi('GET', `${base}/safety-screens`, pageOf(SafetyScreenRecord)),
      callApi('GET', `${base}/progress?${progressQuery(now)}`, ProgressAnswer),
    ]);
    return {
      status: 'ready',
      data: {
        client,
        painMaps: painMaps.items,
        safetyScreens: safetyScreens.items,
        progress: progress.progress,
      },
    };
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) return { status: 'gone' };
    return { status: 'failed', error };
  }
}
