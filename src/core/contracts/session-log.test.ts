import { describe, expect, it } from 'vitest';
import { SessionEvent, SessionLog, SessionStep } from './session-log.js';

const step = {
  kind: 'trigger-point',
  id: 'glute-fists',
  triggerPoint: 'glute-overlap-point',
  technique: 'glute-fists',
  step: 1,
  side: 'both',
  tools: ['fists'],
  place: 'floor',
  dose: { mode: 'hold', seconds: 10, reps: 3 },
  why: 'Your pain sits where this point sends it.',
};

describe('the session log contract', () => {
  it('takes a plan step exactly as POST /api/plan answers it', () => {
    expect(SessionStep.safeParse(step).success).toBe(true);
  });

  it('refuses a step with a tool or place the contract does not know', () => {
    expect(SessionStep.safeParse({ ...step, tools: ['foam-roller'] }).success).toBe(false);
    expect(SessionStep.safeParse({ ...step, place: 'sofa' }).success).toBe(false);
  });

  it('refuses pain outside 0 to 10 and events it does not know', () => {
    expect(SessionEvent.safeParse({ type: 'start', at: 0, painBefore: 11 }).success).toBe(false);
    expect(SessionEvent.safeParse({ type: 'jump', at: 0 }).success).toBe(false);
    expect(SessionEvent.safeParse({ type: 'rate', at: 5, tender: true }).success).toBe(false);
  });

  it('holds plan, times, pain before and after, points and events', () => {
    const log = {
      id: 'session-1',
      plan: { steps: [step] },
      startedAt: 1_000,
      endedAt: null,
      painBefore: 6,
      painAfter: null,
      points: [
        {
          stepIndex: 0,
          id: 'glute-fists',
          triggerPoint: 'glute-overlap-point',
          technique: 'glute-fists',
          side: 'left',
          repsDone: 3,
          secondsPressed: 30,
          endedBy: 'completed',
          rating: { tender: true, reproduced: false, eased: true },
        },
      ],
      events: [{ type: 'start', at: 1_000, painBefore: 6 }],
    };
    expect(SessionLog.parse(log)).toEqual(log);
    expect(
      SessionLog.safeParse({ ...log, points: [{ ...log.points[0], endedBy: 'bored' }] }).success,
    ).toBe(false);
  });
});
