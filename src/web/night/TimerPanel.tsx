// A night timer: start, a large minutes-and-seconds countdown, stop, and a soft tone and a
// spoken line at the end. Time is read from the start moment, so a dimmed tab keeps time.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Beeper, createBeeper } from '../hands-free/beeps.js';
import { speakLines, stopSpeaking } from '../hands-free/speech.js';
import { useWakeLock } from '../hands-free/wake-lock.js';
import { useSessionSettings } from '../session/SettingsPanel.js';
import { clockNow } from '../session/use-session.js';
import { clockText, msLeft, type NightTimer, timerFor } from './night-timer.js';

export interface TimerPanelProps {
  readonly title: string;
  readonly minutes: number;
  readonly startLabel: string;
  /** Said when the timer starts, and shown while it runs. */
  readonly startLines: readonly string[];
  readonly endLines: readonly string[];
  /** Shown above the start button, such as a minutes setting. */
  readonly children?: ReactNode;
}

export function TimerPanel({
  title,
  minutes,
  startLabel,
  startLines,
  endLines,
  children,
}: TimerPanelProps) {
  const settings = useSessionSettings();
  const [timer, setTimer] = useState<NightTimer | null>(null);
  const [now, setNow] = useState(0);
  const [ended, setEnded] = useState(false);
  const beeper = useRef<Beeper | null>(null);
  const heading = useId();
  const left = timer === null ? minutes * 60_000 : msLeft(timer, now);
  const running = timer !== null && left > 0;
  useWakeLock(running);

  useEffect(() => {
    if (timer === null) return;
    const tick = () => setNow(clockNow());
    const interval = window.setInterval(tick, 250);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [timer]);

  useEffect(() => {
    if (timer === null || left > 0) return;
    setTimer(null);
    setEnded(true);
    speakLines(endLines, settings);
    if (!settings.muted) beeper.current?.play(['done'], settings.volume);
  }, [timer, left, endLines, settings]);

  useEffect(
    () => () => {
      stopSpeaking();
      beeper.current?.close();
    },
    [],
  );

  const start = () => {
    if (beeper.current === null) beeper.current = createBeeper();
    const at = clockNow();
    setNow(at);
    setEnded(false);
    setTimer(timerFor(minutes, at));
    speakLines(startLines, settings);
  };
  const stop = () => {
    setTimer(null);
    stopSpeaking();
  };

  return (
    <section className="night-timer" aria-labelledby={heading}>
      <h3 id={heading}>{title}</h3>
      {running ? (
        <>
          <p className="night-timer__clock" role="timer" aria-label={`${title}: time left`}>
            {clockText(left)}
          </p>
          <div className="night-timer__while">
            {startLines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <button type="button" className="night-button" onClick={stop}>
            Stop the timer
          </button>
        </>
      ) : (
        <>
          {children}
          <button type="button" className="night-button night-button--primary" onClick={start}>
            {startLabel}
          </button>
        </>
      )}
      <p className="night-timer__status" role="status">
        {ended ? endLines.join(' ') : ''}
      </p>
    </section>
  );
}
