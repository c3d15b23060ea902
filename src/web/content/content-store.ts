// Holds the knowledge base in memory for one visit: one load, shared by every screen, with a
// readable failure that can be retried. The loader comes in as an argument so tests use a real one.

import type { ContentResponse } from '../../core/contracts/content.js';
import { ApiFailure } from '../api.js';

export type ContentState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly content: ContentResponse }
  | { readonly status: 'failed'; readonly message: string; readonly retry: () => void };

export interface ContentStore {
  subscribe(listener: () => void): () => void;
  /** The same object until the state changes, as useSyncExternalStore needs. */
  snapshot(): ContentState;
  /** Starts the first load; does nothing while loading or once loaded. */
  load(): void;
}

const loading: ContentState = { status: 'loading' };

/** Shown when the failure is not one the API client worded (a bug, not the network). */
export const unexpectedFailure = 'The guide could not be loaded. Please try again.';

export function contentStore(fetchContent: () => Promise<ContentResponse>): ContentStore {
  const listeners = new Set<() => void>();
  let state: ContentState = loading;
  let started = false;

  const set = (next: ContentState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const start = (): void => {
    started = true;
    if (state !== loading) set(loading);
    fetchContent().then(
      (content) => set({ status: 'ready', content }),
      (error: unknown) =>
        set({
          status: 'failed',
          message: error instanceof ApiFailure ? error.message : unexpectedFailure,
          retry: () => {
            if (state.status === 'failed') start();
          },
        }),
    );
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => state,
    load() {
      if (!started) start();
    },
  };
}
