import { describe, expect, it } from 'vitest';
import type { PointOutcome, SessionLog } from '../contracts/session-log.js';
import { bringBack, harmPrompt, leftOutSteps } from './harm.js';

const point = (id: string, endedBy: PointOutcome['endedBy'], stepIndex = 0): PointOutcome => ({
  stepIndex,
  id,
  triggerPoint: id,
  technique: 'a-technique',
  side: 'left',
  repsDone: 1,
  secondsPressed: 10,
  endedBy,
});

const log = (over: Partial<SessionLog>): SessionLog => ({
  id: 'one',
  plan: { steps: [] },
  startedAt: 1_000,
  endedAt: 2_000,
  painBefore: 4,
  painAfter: 4,
  points: [point('glute-left', 'completed')],
  events: [],
  ...over,
});

describe('asking whether something went wrong', () => {
  it('asks when pain is 3 or more points worse after the session', () => {
    expect(harmPrompt(log({ painBefore: 3, painAfter: 6 }), [])?.because).toBe('pain-worse');
    expect(harmPrompt(log({ painBefore: 3, painAfter: 5 }), [])).toBeNull();
  });

  it('asks when one point was stopped for "too much" twice in this session', () => {
    const twice = log({ points: [point('ql-left', 'too-much'), point('ql-left', 'too-much')] });
    const prompt = harmPrompt(twice, []);
    expect(prompt?.because).toBe('too-much-twice');
    expect(prompt?.steps[0]?.triggerPoint).toBe('ql-left');
  });

  it('asks when the same point was stopped in the session before too', () => {
    const earlier = log({
      id: 'zero',
      startedAt: 10,
      endedAt: 20,
      points: [point('ql-left', 'too-much')],
    });
    const now = log({ points: [point('ql-left', 'too-much')] });
    expect(harmPrompt(now, [earlier])?.because).toBe('too-much-twice');
    expect(harmPrompt(now, [])).toBeNull();
  });

  it('does not ask again once a report is made, or while the session is open', () => {
    const worse = { painBefore: 2, painAfter: 8 };
    expect(harmPrompt(log({ ...worse, endedAt: null }), [])).toBeNull();
    const harm = {
      reportedAt: 3_000,
      because: 'pain-worse' as const,
      step: { id: 'glute-left', triggerPoint: 'glute-left', title: 'Buttock point' },
      what: '',
      where: '',
      howBad: 7,
      stillNow: true,
      broughtBackAt: null,
    };
    expect(harmPrompt(log({ ...worse, harm }), [])).toBeNull();
  });
});

describe('steps left out after a report', () => {
  const step = { id: 'glute-left', triggerPoint: 'glute-left', title: 'Buttock point' };
  const reported = log({
    harm: {
      reportedAt: 3_000,
      because: 'pain-worse',
      step,
      what: 'sharp pain',
      where: 'left buttock',
      howBad: 7,
      stillNow: false,
      broughtBackAt: null,
    },
  });

  it('lists the reported step until it is brought back', () => {
    expect(leftOutSteps([reported])).toEqual([step]);
    const back = bringBack([reported], step, 9_000);
    expect(leftOutSteps(back)).toEqual([]);
    expect(back[0]?.harm?.broughtBackAt).toBe(9_000);
  });
});
