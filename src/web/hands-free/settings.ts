// The player's sound settings as the device keeps them: which voice, how fast and how loud it
// speaks, mute, and the optional voice commands. Out-of-range values are pulled into range.
import { z } from 'zod';

export const RATE_RANGE = { min: 0.5, max: 1.5, step: 0.1 } as const;
export const VOLUME_RANGE = { min: 0, max: 1, step: 0.1 } as const;

const clampTo =
  (range: { readonly min: number; readonly max: number }) =>
  (value: number): number =>
    Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, value)) : range.min;

/** Speech rate, rounded to one decimal so the slider and the record agree. */
export const clampRate = (value: number): number =>
  Math.round(clampTo(RATE_RANGE)(value) * 10) / 10;
export const clampVolume = (value: number): number =>
  Math.round(clampTo(VOLUME_RANGE)(value) * 10) / 10;

export const SessionSettings = z.object({
  /** A voice's `voiceURI`; null lets the browser choose. */
  voice: z.string().nullable().catch(null).default(null),
  // Slightly slower than normal by default: instructions heard while lying on a ball.
  rate: z.number().transform(clampRate).catch(0.9).default(0.9),
  volume: z.number().transform(clampVolume).catch(1).default(1),
  /** Mute silences speech and beeps; captions and vibration stay. */
  muted: z.boolean().catch(false).default(false),
  /** Never required and off until the person turns it on: it uses the microphone. */
  voiceCommands: z.boolean().catch(false).default(false),
});
export type SessionSettings = z.output<typeof SessionSettings>;

export const defaultSettings: SessionSettings = SessionSettings.parse({});

/** The stored settings, or the defaults on a device that has none. */
export const settingsOrDefault = (stored: SessionSettings | null): SessionSettings =>
  stored ?? defaultSettings;
