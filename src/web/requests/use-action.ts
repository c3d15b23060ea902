// The one way a form acts: one request at a time, a busy flag for the button, and the outcome
// as a message (done or problem) that <ActionOutcome> shows.
import { useCallback, useRef, useState } from 'react';

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
   * Runs `work` unless one is running, and answers whether it succeeded. `done` words its
   * answer (a sentence, a whole message when the answer itself may be a problem, or null: say
   * nothing); a failure is worded by `problem` (null: say nothing, the form shows its next
   * step). After success the form stays busy when `staysBusy` (it is leaving).
   */
  run<T>(
    work: () => Promise<T>,
    words: {
      readonly done?: (value: T) => string | ActionMessage | null;
      readonly problem: (error: unknown) => string | null;
      readonly staysBusy?: boolean;
    },
  ): Promise<boolean>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  // A ref as well, so a double click in one render cannot start two requests.
  const running = useRef(false);

  // Stable, so a screen may call it from an effect.
  const say: Action['say'] = useCallback(
    (text, problem = true) => setMessage(text === null ? null : { text, problem }),
    [],
  );

  const run: Action['run'] = async (work, words) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      const value = await work();
      const said = words.done ? words.done(value) : null;
      if (said !== null)
        setMessage(typeof said === 'string' ? { text: said, problem: false } : said);
      if (!words.staysBusy) {
        running.current = false;
        setBusy(false);
      }
      return true;
    } catch (error) {
      const text = words.problem(error);
      setMessage(text === null ? null : { text, problem: true });
      running.current = false;
      setBusy(false);
      return false;
    }
  };

  return { busy, message, say, run };
}
