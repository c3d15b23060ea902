// The one way a screen fetches: `useRequest(key, load)` asks when the key changes (null: ask
// nothing), ignores an answer that comes after the screen moved on, and can try again.
import { useEffect, useRef, useState } from 'react';
import { failedState, type RequestState } from './request-state.js';

/**
 * The state of `load()` for this key. The key is the request's identity (its text): an equal
 * request made again on render does not ask again. `fallbackWords` is said for a failure the
 * API client did not word (a bug, not the network).
 */
export function useRequest<T>(
  key: string | null,
  load: () => Promise<T>,
  fallbackWords: string,
): RequestState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  // The latest loader, so a new closure on each render does not count as a new request.
  const loader = useRef(load);
  loader.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ status: 'loading' });
    loader.current().then(
      (value) => {
        if (current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (current) setState(failedState(error, fallbackWords, () => setAttempt((n) => n + 1)));
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt, fallbackWords]);

  return state;
}

/** The latest answer, kept while the request is asked again, so a list does not blink away. */
export function useLastAnswer<T>(state: RequestState<T>): T | null {
  const last = useRef<T | null>(null);
  if (state.status === 'ready') last.current = state.value;
  return last.current;
}
