// What a screen shows while the knowledge base loads or after it failed: a calm line that
// screen readers hear, or the reason in an alert with a button to try again.
import type { ContentState } from './content-store.js';
import './content-status.css';

export function ContentStatus({ state }: { readonly state: ContentState }) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') {
    return (
      <p className="content-status" role="status">
        Loading the guide…
      </p>
    );
  }
  return (
    <div className="content-status content-status--failed">
      <p role="alert">{state.message}</p>
      <button type="button" onClick={state.retry}>
        Try again
      </button>
    </div>
  );
}
