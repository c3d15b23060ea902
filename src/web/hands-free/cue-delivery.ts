// Turns the machine's cues into what the player does now: lines to speak, tones, a buzz and
// caption lines. Cues stamped long before `now` (a throttled tab waking up) are not played,
// except that the newest lines are said once, so a person back from a locked screen hears
// where the session is rather than silence.
import type { Cue } from '../../core/session/index.js';

/**
 * A cue older than this is not spoken, beeped or buzzed. Our choice: a background tab's
 * timers may fire up to a second late, so 2 s keeps on-time cues and drops a backlog.
 */
export const STALE_CUE_MS = 2_000;

export type Tone = Extract<Cue, { kind: 'beep' }>['tone'];

export interface Caption {
  readonly text: string;
  readonly at: number;
  /** False when the line was too old to be spoken: shown, never read out. */
  readonly spoken: boolean;
}

export interface CueBatch {
  /** Lines to speak now, in order; a newer batch replaces what is still queued. */
  readonly speech: readonly string[];
  readonly tones: readonly Tone[];
  /** The last buzz pattern due now, or null. */
  readonly vibration: readonly number[] | null;
  /** Every spoken line, stale or not, so the captions stay a full record. */
  readonly captions: readonly Caption[];
  /** True when every line was stale and only the newest ones are said, to catch up. */
  readonly caughtUp: boolean;
}

export const isStale = (cue: Cue, now: number, staleMs = STALE_CUE_MS): boolean =>
  now - cue.at > staleMs;

export function cueBatch(cues: readonly Cue[], now: number, staleMs = STALE_CUE_MS): CueBatch {
  const speech: string[] = [];
  const tones: Tone[] = [];
  const captions: Caption[] = [];
  let vibration: readonly number[] | null = null;
  for (const cue of cues) {
    const fresh = !isStale(cue, now, staleMs);
    switch (cue.kind) {
      case 'speak':
        captions.push({ text: cue.text, at: cue.at, spoken: fresh });
        if (fresh) speech.push(cue.text);
        break;
      case 'beep':
        if (fresh) tones.push(cue.tone);
        break;
      case 'vibrate':
        if (fresh) vibration = cue.pattern;
        break;
    }
  }
  if (speech.length > 0 || captions.length === 0) {
    return { speech, tones, vibration, captions, caughtUp: false };
  }
  const newest = Math.max(...captions.map((caption) => caption.at));
  const caughtUp = captions.map((caption) =>
    caption.at === newest ? { ...caption, spoken: true } : caption,
  );
  return {
    speech: caughtUp.filter((caption) => caption.at === newest).map((caption) => caption.text),
    tones,
    vibration,
    captions: caughtUp,
    caughtUp: true,
  };
}

/** A bound on the caption record; a long plan says a few hundred lines at most. */
export const CAPTIONS_KEPT = 1_000;

/** The caption record with a batch's lines added, oldest dropped past `kept`. */
export const withCaptions = (
  shown: readonly Caption[],
  added: readonly Caption[],
  kept = CAPTIONS_KEPT,
): readonly Caption[] => (added.length === 0 ? shown : [...shown, ...added].slice(-kept));
