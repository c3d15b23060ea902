// Asks the server which trigger points fit a pain map, and holds what the page shows while
// it waits, when it fails (with a reason a person can read) and when it answers.
import { useEffect, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { MatchRequestInput, MatchResultItem } from '../../core/contracts/match.js';
import { ApiFailure, callApi } from '../api.js';

export type MatchState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string; readonly badRequest: boolean }
  | { readonly status: 'done'; readonly results: readonly MatchResultItem[] };

function failure(error: unknown): MatchState {
  if (error instanceof ApiFailure) {
    return {
      status: 'failed',
      message: error.message,
      badRequest: error.status >= 400 && error.status < 500,
    };
  }
  return { status: 'failed', message: 'Something went wrong in this page.', badRequest: false };
}

/** The match for this request (null: nothing to ask), and a way to ask again after a failure. */
export function useMatch(request: MatchRequestInput | null): {
  readonly state: MatchState;
  readonly retry: () => void;
} {
  // The text of the request, so a new but equal map object does not ask again.
  const body = request === null ? null : JSON.stringify(request);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<MatchState>({ status: 'loading' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    if (body === null) return;
    let current = true;
    setState({ status: 'loading' });
    callApi(endpoints.match, { body: JSON.parse(body) as MatchRequestInput }).then(
      (response) => {
        if (current) setState({ status: 'done', results: response.results });
      },
      (error: unknown) => {
        if (current) setState(failure(error));
      },
    );
    return () => {
      current = false;
    };
  }, [body, attempt]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}
