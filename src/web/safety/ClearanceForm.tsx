// "A doctor has checked me since": after an urgent stop, the day of the check lets the person
// go on with self-care, every precaution still applied. It never lifts an emergency.
import { type FormEvent, useId, useState } from 'react';
import { clearanceDayProblem } from './clearance-date.js';
import './safety.css';

export interface ClearanceFormProps {
  /** The local day the stopped screen was answered, YYYY-MM-DD. */
  readonly stoppedOn: string;
  readonly today: string;
  readonly busy: boolean;
  readonly onCleared: (checkedOn: string) => void;
}

export function ClearanceForm({ stoppedOn, today, busy, onCleared }: ClearanceFormProps) {
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const [day, setDay] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = clearanceDayProblem(day, stoppedOn, today);
    setProblem(found);
    if (found === null) onCleared(day.trim());
    else document.getElementById(inputId)?.focus();
  };
  return (
    <section className="safety-change__part" aria-labelledby={titleId}>
      <h2 id={titleId}>A doctor has checked me since</h2>
      <p id={hintId}>
        Has a doctor checked your back since you answered, and said self-care is fine? Then you can
        go on. Every change for your safety still applies.
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={inputId} className="safety-question__prompt">
          The day the doctor checked you
        </label>
        <input
          id={inputId}
          type="date"
          className="clearance__day"
          min={stoppedOn}
          max={today}
          value={day}
          disabled={busy}
          aria-invalid={problem ? true : undefined}
          aria-describedby={[hintId, problem ? problemId : ''].filter(Boolean).join(' ')}
          onChange={(event) => setDay(event.target.value)}
        />
        {problem ? (
          <p id={problemId} className="safety-question__problem" role="alert">
            {problem}
          </p>
        ) : null}
        <p className="safety-gate__actions">
          <button type="submit" className="primary" disabled={busy}>
            Go on with self-care
          </button>
        </p>
      </form>
    </section>
  );
}
