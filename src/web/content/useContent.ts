// The knowledge base for any screen: `useContent()` fetches GET /api/content once per visit,
// parsed with the server's own schema, and every later caller gets the copy in memory.
import { useEffect, useSyncExternalStore } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import { callApi } from '../api.js';
import { type ContentState, contentStore } from './content-store.js';

const store = contentStore(() => callApi(endpoints.content));

/**
 * The knowledge base's state: `loading`, `ready` with `content`, or `failed` with a readable
 * `message` and `retry()`. Render `<ContentStatus state={...} />` for the first and last.
 */
export function useContent(): ContentState {
  useEffect(() => store.load(), []);
  return useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}
