// How a screen shows what a request or an action came to: a calm line screen readers hear
// while waiting or when done, and a problem as an alert (with a way to try again).
import type { RequestState } from './request-state.js';
import type { ActionMessage } from './use-action.js';

/**
 * The message of an action; the classes are the screen's own (account, progress...). With a
 * `request` (what the panel loads), its failure is said while the action has nothing to say.
 */
export function ActionOutcome({
  message: said,
  request,
  id,
  classes,
}: {
  readonly message: ActionMessage | null;
  readonly request?: RequestState<unknown>;
  readonly id?: string;
  readonly classes: { readonly problem: string; readonly done: string };
}) {
  const message =
    said ?? (request?.status === 'failed' ? { text: request.message, problem: true } : null);
  if (message === null) return null;
  return (
    <p
      id={id}
      className={message.problem ? classes.problem : classes.done}
      role={message.problem ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}

/** Loading and failure of a request; nothing once it is ready (the screen shows the answer). */
export function RequestOutcome({
  state,
  loadingWords,
  className,
}: {
  readonly state: RequestState<unknown>;
  readonly loadingWords: string;
  readonly className: string;
}) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') {
    return (
      <p className={className} role="status">
        {loadingWords}
      </p>
    );
  }
  return (
    <div className={`${className} ${className}--failed`}>
      <p role="alert">{state.message}</p>
      <button type="button" onClick={state.retry}>
        Try again
      </button>
    </div>
  );
}
