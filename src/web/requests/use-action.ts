// The one way a form acts: one request at a time, a busy flag for the button, and the outcome
// as a message (done or problem) that <ActionOutcome> shows.
import { useRef, useState } from 'react';

export interface ActionMessage {
  readonly text: string;
  readonly problem: boolean;
}

export interface Action {
  readonly busy: boolean;
  readonly message: ActionMessage | null;
  /** Shows a message without a request (a check before sending, or a step's progress). */
  say(text: string | null, problem?: boolean): void;
  /**
   * Runs `work` unless one is running. `done` words its answer (null: say nothing); a failure
   * is worded by `problem`. After success the form stays busy when `staysBusy` (it is leaving).
   */
  run<T>(
    work: () => Promise<T>,
    words: {
      readonly done?: (value: T) => string | null;
      readonly problem: (error: unknown) => string;
      readonly staysBusy?: boolean;
    },
  ): Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  // A ref as well, so a double click in one render cannot start two requests.
  const running = useRef(false);

  const say: Action['say'] = (text, problem = true) =>
    setMessage(text === null ? null : { text, problem });

  const run: Action['run'] = async (work, words) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const value = await work();
      const text = words.done ? words.done(value) : null;
      if (text !== null) setMessage({ text, problem: false });
      if (!words.staysBusy) {
        running.current = false;
        setBusy(false);
      }
    } catch (error) {
      setMessage({ text: words.problem(error), problem: true });
      running.current = false;
      setBusy(false);
    }
  };

  return { busy, message, say, run };
}
