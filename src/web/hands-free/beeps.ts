// Short tones made with Web Audio: a rising note when a hold starts, a falling pair when it
// ends, three notes at the end of the session. The audio context is made on a tap, as
// browsers allow sound only after one.
import type { Tone } from './cue-delivery.js';

interface Note {
  readonly hz: number;
  readonly from: number;
  readonly length: number;
}

// Seconds from the tone's start. Pitches are far apart so start and end are told apart by ear.
const notes: Record<Tone, readonly Note[]> = {
  start: [{ hz: 880, from: 0, length: 0.18 }],
  end: [
    { hz: 587, from: 0, length: 0.12 },
    { hz: 440, from: 0.16, length: 0.16 },
  ],
  done: [
    { hz: 523, from: 0, length: 0.14 },
    { hz: 659, from: 0.17, length: 0.14 },
    { hz: 784, from: 0.34, length: 0.26 },
  ],
};

/** Gap between two tones due at the same moment, so both are heard. */
const TONE_GAP_S = 0.7;

export interface Beeper {
  play(tones: readonly Tone[], volume: number): void;
  close(): void;
}

type AudioContextConstructor = typeof AudioContext;

/** A beeper, or null where Web Audio is missing. Call from a tap or key press. */
export function createBeeper(): Beeper | null {
  const Context: AudioContextConstructor | undefined =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ??
        (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext);
  if (Context === undefined) return null;
  let context: AudioContext;
  try {
    context = new Context();
  } catch {
    return null;
  }
  return {
    play(tones, volume) {
      if (volume <= 0 || tones.length === 0) return;
      if (context.state === 'suspended') void context.resume().catch(() => {});
      const start = context.currentTime + 0.02;
      tones.forEach((tone, index) => {
        for (const note of notes[tone]) {
          const at = start + index * TONE_GAP_S + note.from;
          const oscillator = context.createOscillator();
          const gain = context.createGain();
          oscillator.type = 'sine';
          oscillator.frequency.value = note.hz;
          // A quick fade in and out avoids clicks; 0.3 keeps the loudest tone gentle.
          const peak = 0.3 * volume;
          gain.gain.setValueAtTime(0.0001, at);
          gain.gain.exponentialRampToValueAtTime(peak, at + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, at + note.length);
          oscillator.connect(gain).connect(context.destination);
          oscillator.start(at);
          oscillator.stop(at + note.length + 0.02);
        }
      });
    },
    close() {
      void context.close().catch(() => {});
    },
  };
}

/** Buzzes where the device can; silently nothing elsewhere. */
export function vibrate(pattern: readonly number[]): void {
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') {
    try {
      navigator.vibrate([...pattern]);
    } catch {
      // Some browsers refuse without a recent tap; the beep and voice still carry the cue.
    }
  }
}
