// Asks before a session is stopped early, so a stray Escape or tap does not end it. What was
// done so far is kept either way.
import { useEffect, useId, useRef } from 'react';
import './settings.css';

export interface StopDialogProps {
  readonly open: boolean;
  readonly onStop: () => void;
  readonly onKeepGoing: () => void;
}

export function StopDialog({ open, onStop, onKeepGoing }: StopDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keepGoing = useRef<HTMLButtonElement>(null);
  const title = useId();
  const body = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) {
      element.showModal();
      // The safe choice has focus: Enter carries on, and stopping takes a deliberate step.
      keepGoing.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="stop-dialog"
      aria-labelledby={title}
      aria-describedby={body}
      onCancel={(event) => {
        event.preventDefault();
        onKeepGoing();
      }}
    >
      <h2 id={title}>Stop the session?</h2>
      <p id={body}>What you did so far is saved.</p>
      <div className="stop-dialog__actions">
        <button
          ref={keepGoing}
          type="button"
          className="player-button player-button--primary"
          onClick={onKeepGoing}
        >
          Keep going
        </button>
        <button type="button" className="player-button player-button--stop" onClick={onStop}>
          Stop now
        </button>
      </div>
    </dialog>
  );
}
