// One request shared by every screen for one visit (the knowledge base): loaded once on first
// use, held in memory, and retried from the failed state. The loader comes in as an argument.
import { failedState, type RequestState } from './request-state.js';

export interface SharedRequest<T> {
  subscribe(listener: () => void): () => void;
  /** The same object until the state changes, as useSyncExternalStore needs. */
  snapshot(): RequestState<T>;
  /** Starts the first load; does nothing while loading or once loaded. */
  load(): void;
}

const loading = { status: 'loading' } as const;

export function sharedRequest<T>(
  fetchValue: () => Promise<T>,
  fallbackWords: string,
): SharedRequest<T> {
  const listeners = new Set<() => void>();
  let state: RequestState<T> = loading;
  let started = false;

  const set = (next: RequestState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const start = (): void => {
    started = true;
    if (state !== loading) set(loading);
    fetchValue().then(
      (value) => set({ status: 'ready', value }),
      (error: unknown) =>
        set(
          failedState(error, fallbackWords, () => {
            if (state.status === 'failed') start();
          }),
        ),
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
