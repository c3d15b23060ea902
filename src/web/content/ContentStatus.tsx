// What a screen shows while the knowledge base loads or after it failed: a calm line that
// screen readers hear, or the reason in an alert with a button to try again.
import { RequestOutcome } from '../requests/Outcome.js';
import type { ContentState } from './content-store.js';
import './content-status.css';

export function ContentStatus({ state }: { readonly state: ContentState }) {
  return (
    <RequestOutcome state={state} loadingWords="Loading the guide…" className="content-status" />
  );
}
