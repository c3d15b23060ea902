// The hip-hanging timer's length: one minute less or more, from 1 up to the 10-minute limit
// (S52). The limit is in the buttons themselves: "more" stops working at 10.
import { useId } from 'react';
import { TRACTION_MAX_MINUTES, tractionMinutes } from './night-timer.js';

export interface TractionMinutesProps {
  readonly minutes: number;
  readonly onChange: (minutes: number) => void;
}

export function TractionMinutes({ minutes, onChange }: TractionMinutesProps) {
  const limit = useId();
  return (
    <fieldset className="traction-minutes" aria-describedby={limit}>
      <legend className="traction-minutes__label">How long</legend>
      <div className="traction-minutes__row">
        <button
          type="button"
          className="night-button"
          aria-label="One minute less"
          disabled={minutes <= 1}
          onClick={() => onChange(tractionMinutes(minutes - 1))}
        >
          −
        </button>
        <output className="traction-minutes__value" aria-live="polite">
          {minutes === 1 ? '1 minute' : `${minutes} minutes`}
        </output>
        <button
          type="button"
          className="night-button"
          aria-label="One minute more"
          disabled={minutes >= TRACTION_MAX_MINUTES}
          onClick={() => onChange(tractionMinutes(minutes + 1))}
        >
          +
        </button>
      </div>
      <p id={limit} className="traction-minutes__limit">
        {TRACTION_MAX_MINUTES} minutes is the most. Keep it short.
      </p>
    </fieldset>
  );
}
