// Headphone buttons and the lock screen during a session: the Media Session API's play, pause
// and next-track handlers, and a silent looping sound that keeps the page's audio alive (and
// the media controls shown) while the screen is off, so spoken cues still play.
import { useEffect, useRef } from 'react';

export interface MediaControls {
  readonly title: string;
  readonly playing: boolean;
  readonly onPlay: () => void;
  readonly onPause: () => void;
  readonly onNext: () => void;
}

/** One second of 8 kHz, 8-bit mono silence as a WAV data URL (the CSP allows data: media). */
export function silentWav(): string {
  const samples = 8000;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => {
    for (let i = 0; i < value.length; i++) bytes[at + i] = value.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, samples, true);
  view.setUint32(28, samples, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  bytes.fill(128, 44);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:audio/wav;base64,${btoa(binary)}`;
}

const actions = ['play', 'pause', 'nexttrack'] as const;

/** Sets the handlers while `active`, and clears them when the session ends or the page leaves. */
export function useMediaSession(active: boolean, controls: MediaControls): void {
  const latest = useRef(controls);
  latest.current = controls;

  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('mediaSession' in navigator)) return;
    const session = navigator.mediaSession;
    const handlers: Record<(typeof actions)[number], () => void> = {
      play: () => latest.current.onPlay(),
      pause: () => latest.current.onPause(),
      nexttrack: () => latest.current.onNext(),
    };
    for (const action of actions) {
      try {
        session.setActionHandler(action, handlers[action]);
      } catch {
        // A browser without this action: the buttons on screen still do it.
      }
    }
    const keepAlive = new Audio(silentWav());
    keepAlive.loop = true;
    // Started from the person's tap on Start; a refusal only loses the lock-screen controls.
    keepAlive.play().catch(() => {});
    return () => {
      keepAlive.pause();
      for (const action of actions) {
        try {
          session.setActionHandler(action, null);
        } catch {
          // Nothing was set.
        }
      }
      session.metadata = null;
      session.playbackState = 'none';
    };
  }, [active]);

  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('mediaSession' in navigator)) return;
    if (typeof MediaMetadata !== 'undefined') {
      navigator.mediaSession.metadata = new MediaMetadata({
        title: controls.title,
        artist: 'Unknot',
      });
    }
    navigator.mediaSession.playbackState = controls.playing ? 'playing' : 'paused';
  }, [active, controls.title, controls.playing]);
}
