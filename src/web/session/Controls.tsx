// The player's big buttons, in thumb reach at the bottom: too much, that helped, back, skip,
// and pause or resume across the full width. Each is enabled only when the session takes it.
import type { ButtonEvent } from './legal-events.js';

export interface ControlsProps {
  readonly fits: (type: ButtonEvent) => boolean;
  readonly paused: boolean;
  readonly onEvent: (type: ButtonEvent) => void;
}

export function Controls({ fits, paused, onEvent }: ControlsProps) {
  const button = (type: ButtonEvent, label: string, key: string | null, extra = '') => (
    <button
      type="button"
      className={`player-button ${extra}`}
      disabled={!fits(type)}
      aria-keyshortcuts={key ?? undefined}
      onClick={() => onEvent(type)}
    >
      {label}
    </button>
  );
  return (
    <fieldset className="controls">
      <legend className="session-hidden">Session controls</legend>
      {button('too-much', 'Too much', null, 'player-button--too-much')}
      {button('relief-felt', 'That helped', null, 'player-button--helped')}
      {button('back', 'Back', 'ArrowLeft')}
      {button('skip', 'Skip', 'ArrowRight')}
      {paused
        ? button('resume', 'Resume', 'Space', 'player-button--primary controls__wide')
        : button('pause', 'Pause', 'Space', 'player-button--primary controls__wide')}
    </fieldset>
  );
}
