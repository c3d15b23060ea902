// The screen while a point is worked: what to do now, a drawing of the position and of the
// point, the tool and dose, a big countdown, the captions, and the buttons in thumb reach.
import type { RefObject } from 'react';
import { currentPoint, type SessionState, secondsLeft } from '../../core/session/index.js';
import { PointFigure } from '../figures/PointFigure.js';
import { PoseFigure } from '../figures/PoseFigure.js';
import type { Caption } from '../hands-free/cue-delivery.js';
import { countdownText, countdownWords } from '../steps/dose-words.js';
import { stepView } from '../steps/step-view.js';
import { CaptionLog, CaptionNow } from './Captions.js';
import { Controls } from './Controls.js';
import type { ButtonEvent } from './legal-events.js';
import { phaseWords } from './phase-words.js';
import { SafetyLines } from './SafetyLines.js';
import './work-screen.css';

export interface WorkScreenProps {
  readonly state: SessionState;
  readonly captions: readonly Caption[];
  readonly latest: readonly string[];
  readonly fits: (type: ButtonEvent) => boolean;
  readonly onEvent: (type: ButtonEvent) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

const ballTools = new Set(['tennis-ball', 'lacrosse-ball', 'racquet-ball', 'two-balls-sock']);

export function WorkScreen({
  state,
  captions,
  latest,
  fits,
  onEvent,
  headingRef,
}: WorkScreenProps) {
  const point = currentPoint(state);
  if (point === null) return null;
  const view = stepView(point.step, point.slot.side);
  const words = phaseWords(state);
  const left = secondsLeft(state, state.clock ?? 0);
  const paused = state.phase.kind === 'paused';
  const phase = paused && state.phase.kind === 'paused' ? state.phase.was : state.phase;
  const readyLabel =
    phase.kind === 'positioning' || phase.kind === 'switching-side'
      ? "I'm in position: start now"
      : 'Start the next hold now';
  return (
    <div className="work" data-phase={state.phase.kind}>
      <header className="work__head">
        <h1 ref={headingRef} tabIndex={-1} className="work__title">
          {view.title}
          {view.sideWords === null ? null : <span className="work__side">{view.sideWords}</span>}
        </h1>
      </header>

      <div className={`work__status${paused ? ' work__status--paused' : ''}`}>
        <p className="work__now">{words.now}</p>
        {left === null ? null : (
          <p className="work__countdown">
            <span className="work__seconds" aria-hidden="true">
              {countdownText(left)}
            </span>
            <span className="session-hidden">{countdownWords(left)}</span>
            <span className="work__countdown-label">{words.countdownLabel}</span>
          </p>
        )}
        <CaptionNow latest={latest} count={captions.length} />
        {!paused && fits('ready') ? (
          <button
            type="button"
            className="player-button work__ready"
            onClick={() => onEvent('ready')}
          >
            {readyLabel}
          </button>
        ) : null}
      </div>

      <div className="work__figures">
        <figure className="work__figure">
          <PoseFigure
            pose={view.position}
            withBall={point.step.tools.some((tool) => ballTools.has(tool))}
          />
          <figcaption>{view.positionText}</figcaption>
        </figure>
        {view.point === null ? null : (
          <figure className="work__figure work__figure--point">
            <PointFigure point={view.point} />
            <figcaption>{view.point.name}</figcaption>
          </figure>
        )}
      </div>

      <dl className="work__facts">
        <div>
          <dt>Tool</dt>
          <dd>{view.tools.length === 0 ? 'None needed' : view.tools.join(' or ')}</dd>
        </div>
        <div>
          <dt>Dose</dt>
          <dd>{view.dose}</dd>
        </div>
      </dl>

      <SafetyLines lines={view.safety} className="work__safety" />

      <CaptionLog captions={captions} />

      <Controls fits={fits} paused={paused} onEvent={onEvent} />
    </div>
  );
}
