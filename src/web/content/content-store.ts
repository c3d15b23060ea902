// Holds the knowledge base in memory for one visit: one shared request (see requests/), with a
// readable failure that can be retried. The loader comes in as an argument so tests use a real one.
import type { ContentResponse } from '../../core/contracts/content.js';
import type { RequestState } from '../requests/request-state.js';
import { type SharedRequest, sharedRequest } from '../requests/shared-request.js';

export type ContentState = RequestState<ContentResponse>;

/** Shown when the failure is not one the API client worded (a bug, not the network). */
export const unexpectedFailure = 'The guide could not be loaded. Please try again.';

export const contentStore = (
  fetchContent: () => Promise<ContentResponse>,
): SharedRequest<ContentResponse> => sharedRequest(fetchContent, unexpectedFailure);
