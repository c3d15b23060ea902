// How long the person has: a stepper in 5-minute steps from 5 to 60, and one-tap presets.
// The ends stay focusable (aria-disabled, not disabled) so a keyboard user never loses focus.
import { maxMinutes, minMinutes, minutePresets, stepMinutes } from './preferences-form.js';

export interface MinutesPickerProps {
  readonly minutes: number;
  readonly onChange: (minutes: number) => void;
}

export function MinutesPicker({ minutes, onChange }: MinutesPickerProps) {
  return (
    <fieldset className="setup-group">
      <legend className="setup-group__title">How much time do you have?</legend>
      <p className="setup-group__hint">
        From {minMinutes} to {maxMinutes} minutes. Your plan fits its steps into this time.
      </p>
      <div className="prefs-minutes">
        <button
          type="button"
          className="prefs-minutes__step"
          aria-label="5 minutes less"
          aria-disabled={minutes <= minMinutes}
          onClick={() => onChange(stepMinutes(minutes, -1))}
        >
          −
        </button>
        <output className="prefs-minutes__value" aria-live="polite">
          {minutes} minutes
        </output>
        <button
          type="button"
          className="prefs-minutes__step"
          aria-label="5 minutes more"
          aria-disabled={minutes >= maxMinutes}
          onClick={() => onChange(stepMinutes(minutes, 1))}
        >
          +
        </button>
      </div>
      <div className="prefs-presets">
        {minutePresets.map((preset) => (
          <button
            key={preset}
            type="button"
            className="prefs-presets__button"
            aria-pressed={minutes === preset}
            onClick={() => onChange(preset)}
          >
            {preset} min
          </button>
        ))}
      </div>
    </fieldset>
  );
}
