// The quick rating of the point just worked, with its own countdown: left alone, the session
// goes on by itself after it, so a person lying on a ball is never stuck here.
import type { RefObject } from 'react';
import type { PointRating } from '../../core/contracts/session-log.js';
import { currentPoint, type SessionState, secondsLeft } from '../../core/session/index.js';
import type { Caption } from '../hands-free/cue-delivery.js';
import { countdownText, countdownWords } from '../steps/dose-words.js';
import { stepView } from '../steps/step-view.js';
import { Captions } from './Captions.js';
import { RatingPanel } from './RatingPanel.js';
import './work-screen.css';

export interface RatingScreenProps {
  readonly state: SessionState;
  readonly captions: readonly Caption[];
  readonly latest: readonly string[];
  readonly onRate: (rating: PointRating) => void;
  readonly onSkip: () => void;
  readonly onPauseToggle: () => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

export function RatingScreen(props: RatingScreenProps) {
  const { state, captions, latest, onRate, onSkip, onPauseToggle, headingRef } = props;
  const point = currentPoint(state);
  const left = secondsLeft(state, state.clock ?? 0);
  const paused = state.phase.kind === 'paused';
  const view = point === null ? null : stepView(point.step, point.slot.side);
  return (
    <div className="work work--rating" data-phase={state.phase.kind}>
      <header className="work__head">
        <p className="work__progress">
          {view === null ? null : `${view.title}${view.sideWords ? `, ${view.sideWords}` : ''}`}
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="work__title">
          How was that point?
        </h1>
      </header>
      {left === null ? null : (
        <p className="work__countdown work__countdown--small">
          <span className="work__seconds" aria-hidden="true">
            {countdownText(left)}
          </span>
          <span className="session-hidden">{countdownWords(left)}</span>
          <span className="work__countdown-label">
            {paused ? 'paused' : 'then the session goes on by itself'}
          </span>
        </p>
      )}
      <Captions latest={latest} captions={captions} />
      <RatingPanel key={point?.slotIndex ?? -1} onRate={onRate} onSkip={onSkip} />
      <div className="controls controls--rating">
        <button
          type="button"
          className="player-button player-button--primary controls__wide"
          aria-keyshortcuts="Space"
          onClick={onPauseToggle}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
      </div>
    </div>
  );
}
