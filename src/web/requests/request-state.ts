// What a screen knows about a request it is waiting on: loading, ready with the answer, or
// failed with a sentence a person can read and a way to try again.
import { ApiFailure } from '../api.js';

export type RequestState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | {
      readonly status: 'failed';
      readonly message: string;
      /** The server refused the request itself (4xx): asking again the same way will not help. */
      readonly refused: boolean;
      readonly retry: () => void;
    };

/** The sentence for a failure: the API client's words, else the screen's own fallback. */
export const failureWords = (error: unknown, fallback: string): string =>
  error instanceof ApiFailure ? error.message : fallback;

/** The failed state for an error, with the retry the caller offers. */
export const failedState = <T>(
  error: unknown,
  fallback: string,
  retry: () => void,
): RequestState<T> => ({
  status: 'failed',
  message: failureWords(error, fallback),
  refused: error instanceof ApiFailure && error.status >= 400 && error.status < 500,
  retry,
});
