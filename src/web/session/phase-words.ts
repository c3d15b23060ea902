// The words at the top of the player for each phase: what is happening now and what the big
// countdown counts, read from the machine's state alone.
import { currentPoint, repsOf, type SessionState } from '../../core/session/index.js';

export interface PhaseWords {
  /** What is happening: "Hold 2 of 3", "Rest", "Paused". */
  readonly now: string;
  /** What the countdown counts down to, or null when nothing is timed. */
  readonly countdownLabel: string | null;
  /** "Step 1 of 4", or null outside the steps. */
  readonly progress: string | null;
}

export function phaseWords(state: SessionState): PhaseWords {
  const point = currentPoint(state);
  const progress =
    point === null ? null : `Step ${point.slot.stepIndex + 1} of ${state.plan.steps.length}`;
  const reps = point === null ? 0 : repsOf(point.step);
  const phase = state.phase.kind === 'paused' ? state.phase.was : state.phase;
  const paused = state.phase.kind === 'paused';
  const words = ((): Omit<PhaseWords, 'progress'> => {
    switch (phase.kind) {
      case 'ready':
        return { now: 'Ready to start', countdownLabel: null };
      case 'positioning':
        return { now: 'Get into position', countdownLabel: 'until the first hold' };
      case 'switching-side':
        return { now: 'Turn to the other side', countdownLabel: 'until the first hold' };
      case 'pressing':
        return {
          now: `Hold ${phase.rep} of ${reps}${phase.easedOff ? ', gently' : ''}`,
          countdownLabel: 'left in this hold',
        };
      case 'resting':
        return { now: 'Rest', countdownLabel: `until hold ${phase.nextRep} of ${reps}` };
      case 'eased-off':
        return { now: 'Ease off', countdownLabel: 'until the hold goes on, gently' };
      case 'rating':
        return { now: 'How was that point?', countdownLabel: 'to answer' };
      case 'pain-after':
        return { now: 'All points are done', countdownLabel: null };
      case 'finished':
        return { now: 'Session over', countdownLabel: null };
    }
  })();
  return {
    now: paused ? `Paused: ${words.now.charAt(0).toLowerCase()}${words.now.slice(1)}` : words.now,
    countdownLabel: words.countdownLabel,
    progress,
  };
}
