// The guided session: picks the screen for the machine's phase, wires buttons, keys and
// voice commands to events, keeps the screen awake while it runs, and asks before stopping.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PainScore, PointRating, SessionPlan } from '../../core/contracts/session-log.js';
import type { SessionState } from '../../core/session/index.js';
import { newSessionId } from '../device/random-id.js';
import { safetyRecord } from '../device/records.js';
import { useMediaSession } from '../hands-free/media-session.js';
import { type ListeningState, useVoiceCommands } from '../hands-free/use-voice-commands.js';
import type { VoiceCommand } from '../hands-free/voice-commands.js';
import { useWakeLock } from '../hands-free/wake-lock.js';
import { Captions } from './Captions.js';
import { freshPainScore } from './fresh-pain.js';
import { type ButtonEvent, fits } from './legal-events.js';
import { PainAfterScreen } from './PainAfterScreen.js';
import { phaseWords } from './phase-words.js';
import { RatingScreen } from './RatingScreen.js';
import { SettingsPanel, useSessionSettings } from './SettingsPanel.js';
import { StartScreen } from './StartScreen.js';
import { StopDialog } from './StopDialog.js';
import { SummaryScreen } from './SummaryScreen.js';
import { shortcutFor } from './shortcuts.js';
import { usePlayerSession } from './use-session.js';
import { WorkScreen } from './WorkScreen.js';
import './work-screen.css';

type Screen = 'start' | 'work' | 'rating' | 'pain-after' | 'summary';

function screenOf(state: SessionState): Screen {
  const phase = state.phase.kind === 'paused' ? state.phase.was : state.phase;
  switch (phase.kind) {
    case 'ready':
      return 'start';
    case 'rating':
      return 'rating';
    case 'pain-after':
      return 'pain-after';
    case 'finished':
      return 'summary';
    default:
      return 'work';
  }
}

const commandEvents: Record<VoiceCommand, ButtonEvent> = {
  pause: 'pause',
  resume: 'resume',
  'too-much': 'too-much',
  // "Stop" ends the current point at once and goes on; the Stop button ends the session.
  stop: 'skip',
  next: 'skip',
  back: 'back',
  helped: 'relief-felt',
  ready: 'ready',
};

const listeningLine: Record<ListeningState, string | null> = {
  off: 'Voice commands are off.',
  listening: 'Listening: say "stop" to end this point.',
  blocked: 'Voice commands are off: the microphone is blocked.',
  unavailable: null,
};

/** Whether the player is listening, where the captions are, so a person knows "stop" works. */
function ListeningLine({ listening }: { readonly listening: ListeningState }) {
  const words = listeningLine[listening];
  return words === null ? null : <p className="player__listening">{words}</p>;
}

export interface PlayerProps {
  readonly plan: SessionPlan;
  readonly planId: string | undefined;
  readonly estimatedMinutes: number | null;
}

export function Player({ plan, planId, estimatedMinutes }: PlayerProps) {
  const settings = useSessionSettings();
  const [ids] = useState(() => ({ id: newSessionId(), ...(planId ? { planId } : {}) }));
  // Read once: a pain score from a safety check minutes ago need not be asked again.
  const [givenPain] = useState(() => freshPainScore(safetyRecord.read(), new Date()));
  const { state, captions, latest, current, send, unlockSound } = usePlayerSession(
    plan,
    ids,
    settings,
  );
  const [stopAsked, setStopAsked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const screen = screenOf(state);
  const running = screen === 'work' || screen === 'rating';

  const can = useCallback((type: ButtonEvent) => fits(state, type), [state]);
  // Keys and voice may come between two frames: ask the latest state, not the one drawn.
  const sendButton = useCallback(
    (type: ButtonEvent) => {
      if (fits(current(), type)) send({ type });
    },
    [current, send],
  );
  const togglePause = useCallback(() => {
    if (fits(current(), 'pause')) send({ type: 'pause' });
    else if (fits(current(), 'resume')) send({ type: 'resume' });
  }, [current, send]);

  // A new screen takes focus to its heading, so a screen reader says where the person is and
  // the keys work at once. Not on the first screen: the app already focuses the page heading.
  const shownScreen = useRef<Screen>(screen);
  useEffect(() => {
    if (shownScreen.current === screen) return;
    shownScreen.current = screen;
    heading.current?.focus();
  });

  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      if (stopAsked || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      const action = shortcutFor(
        event.key,
        {
          tagName: target.tagName,
          role: target.getAttribute('role'),
          editable: target.isContentEditable,
        },
        { alt: event.altKey, ctrl: event.ctrlKey, meta: event.metaKey },
      );
      if (action === null) return;
      event.preventDefault();
      if (action === 'toggle-pause') togglePause();
      else if (action === 'stop') setStopAsked(true);
      else sendButton(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [running, stopAsked, togglePause, sendButton]);

  const listening = useVoiceCommands(running && settings.voiceCommands, (command) =>
    sendButton(commandEvents[command]),
  );
  useWakeLock(running || screen === 'pain-after');
  // Headphone buttons and the lock screen: play, pause and next, while the session runs.
  useMediaSession(running, {
    title: phaseWords(state).progress ?? 'Unknot session',
    playing: state.phase.kind !== 'paused',
    onPlay: () => sendButton('resume'),
    onPause: () => sendButton('pause'),
    onNext: () => sendButton('skip'),
  });

  const start = (painBefore: PainScore | null) => {
    unlockSound();
    send(painBefore === null ? { type: 'start' } : { type: 'start', painBefore });
  };
  const finish = (painAfter: PainScore | null) =>
    send(painAfter === null ? { type: 'finish' } : { type: 'finish', painAfter });
  const rate = (rating: PointRating) => {
    if (current().phase.kind === 'paused') send({ type: 'resume' });
    send({ type: 'rate', ...rating });
  };

  return (
    <div className="player" data-screen={screen}>
      {running ? (
        <div className="player__bar">
          <p className="player__progress">{phaseWords(state).progress}</p>
          <button
            type="button"
            className="player-button player-button--stop"
            aria-keyshortcuts="Escape"
            onClick={() => setStopAsked(true)}
          >
            Stop
          </button>
        </div>
      ) : null}
      {running ? <ListeningLine listening={listening} /> : null}
      {screen === 'start' ? (
        <StartScreen
          plan={plan}
          estimatedMinutes={estimatedMinutes}
          onStart={start}
          headingRef={heading}
          givenPain={givenPain}
        />
      ) : null}
      {screen === 'work' ? (
        <WorkScreen
          state={state}
          captions={captions}
          latest={latest}
          fits={can}
          onEvent={sendButton}
          headingRef={heading}
        />
      ) : null}
      {screen === 'rating' ? (
        <RatingScreen
          state={state}
          captions={captions}
          latest={latest}
          onRate={rate}
          onSkip={() => sendButton('skip')}
          onPauseToggle={togglePause}
          headingRef={heading}
        />
      ) : null}
      {screen === 'pain-after' ? <PainAfterScreen onFinish={finish} headingRef={heading} /> : null}
      {screen === 'summary' ? (
        <SummaryScreen state={state} headingRef={heading} sessionId={ids.id} />
      ) : null}
      {screen === 'pain-after' || screen === 'summary' ? (
        <Captions latest={latest} captions={captions} />
      ) : null}

      {screen === 'summary' ? null : <SettingsPanel listening={listening} />}
      <StopDialog
        open={stopAsked}
        onKeepGoing={() => setStopAsked(false)}
        onStop={() => {
          setStopAsked(false);
          send({ type: 'finish' });
        }}
      />
    </div>
  );
}
