// What the session says, sounds and buzzes at each moment. Lines from content win; the plain
// fallbacks here keep a session usable hands-free when a step has no cues of its own.

import type { SessionStep } from '../contracts/session-log.js';
import type { PlaceId, ToolId } from '../spec/index.js';
import type { Cue } from './types.js';

const placeWords: Record<PlaceId, string> = {
  floor: 'Lie on the floor',
  wall: 'Stand with your back to a wall',
  bed: 'Lie on the bed',
  'massage-table': 'Lie on the table',
  chair: 'Sit on a firm chair',
  public: 'Stand or sit where you are',
};

const toolWords: Record<ToolId, string> = {
  fists: 'your fists',
  thumbs: 'your thumbs',
  fingers: 'your fingers',
  'tennis-ball': 'a tennis ball',
  'lacrosse-ball': 'a lacrosse ball',
  'racquet-ball': 'a racquet ball',
  'two-balls-sock': 'two balls in a sock',
  'massage-block': 'a massage block',
  'small-dumbbell': 'a small dumbbell',
  bolster: 'a bolster',
};

const toolList = (tools: readonly ToolId[]): string => {
  const words = tools.map((tool) => toolWords[tool]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
};

const seconds = (ms: number): number => Math.ceil(ms / 1000);

/** The plain fallbacks, one per cue a step may bring from content. */
export const fallbackCues = {
  position: (step: SessionStep): string =>
    step.tools.length > 0
      ? `${placeWords[step.place]} with ${toolList(step.tools)}.`
      : `${placeWords[step.place]}.`,
  find: (step: SessionStep): string =>
    step.kind === 'trigger-point'
      ? 'Find the sore spot and settle onto it.'
      : 'Settle in and breathe slowly.',
  press: (step: SessionStep, ms: number): string => {
    const s = seconds(ms);
    switch (step.dose.mode) {
      case 'hold':
        return `Press and hold for ${s} seconds.`;
      case 'circles':
        return `Press and make small circles for ${s} seconds.`;
      case 'roll':
        return `Roll slowly for ${s} seconds. Stop and hold where it feels sore.`;
      case 'position':
        return `Stay like this for ${s} seconds and breathe.`;
    }
  },
  release: 'Let go slowly.',
  rest: 'Rest and breathe.',
  switchSide: 'Now turn to the other side.',
  // S45: pressure should stay within what you can take, so offer three ways to make it gentler.
  easeOff: 'Ease off. Use lighter pressure, a softer tool, or your fists.',
} as const;

const speak = (text: string, at: number): Cue => ({ kind: 'speak', text, at });
const sideWords = (side: 'left' | 'right' | null): string =>
  side === null ? '' : ` ${side === 'left' ? 'Left' : 'Right'} side.`;

export const sessionStartCues = (at: number): Cue[] => [speak("Let's begin.", at)];

export const positioningCues = (
  step: SessionStep,
  side: 'left' | 'right' | null,
  at: number,
): Cue[] => [
  speak(`Next: ${step.title ?? 'the next step'}.${sideWords(side)}`, at),
  speak(step.cues?.position ?? fallbackCues.position(step), at),
  speak(step.cues?.find ?? fallbackCues.find(step), at),
];

export const switchSideCues = (
  step: SessionStep,
  side: 'left' | 'right' | null,
  at: number,
): Cue[] => [
  speak(`${step.cues?.switchSide ?? fallbackCues.switchSide}${sideWords(side)}`, at),
  speak(step.cues?.find ?? fallbackCues.find(step), at),
];

export const holdStartCues = (
  step: SessionStep,
  rep: number,
  reps: number,
  holdLeftMs: number,
  easedOff: boolean,
  at: number,
): Cue[] => [
  { kind: 'beep', tone: 'start', at },
  { kind: 'vibrate', pattern: [200], at },
  speak(
    `Hold ${rep} of ${reps}.${easedOff ? ' Gently.' : ''} ${
      step.cues?.press ?? fallbackCues.press(step, holdLeftMs)
    }`,
    at,
  ),
];

/** Every stretch of pressing ends with this tone, however it ends. */
export const holdStopCues = (at: number): Cue[] => [
  { kind: 'beep', tone: 'end', at },
  { kind: 'vibrate', pattern: [100, 100, 100], at },
];

export const holdEndCues = (step: SessionStep, at: number): Cue[] => [
  ...holdStopCues(at),
  speak(step.cues?.release ?? fallbackCues.release, at),
];

export const restCues = (step: SessionStep, at: number): Cue[] => [
  speak(step.cues?.rest ?? fallbackCues.rest, at),
];

export const easeOffCues = (step: SessionStep, at: number): Cue[] => [
  speak(step.cues?.easeOff ?? fallbackCues.easeOff, at),
];

export const ratingCues = (at: number): Cue[] => [
  speak('How was that point? Was it sore? Did it bring on your usual pain? Did it ease?', at),
];

export const stopPointCues = (at: number): Cue[] => [
  speak('That is enough for this point. Moving on.', at),
];

export const reliefCues = (at: number): Cue[] => [speak('Good. This point is done.', at)];
export const skipCues = (at: number): Cue[] => [speak('Skipping.', at)];
export const backCues = (at: number): Cue[] => [speak('Going back.', at)];
export const pauseCues = (at: number): Cue[] => [speak('Paused.', at)];
export const resumeCues = (at: number): Cue[] => [speak('Carrying on.', at)];

export const painAfterCues = (at: number): Cue[] => [
  { kind: 'beep', tone: 'done', at },
  { kind: 'vibrate', pattern: [400], at },
  speak('All points are done. How is your pain now, from 0 to 10?', at),
];

export const finishedCues = (at: number): Cue[] => [speak('Session over. Thank you.', at)];
