import { describe, expect, it } from 'vitest';
import {
  type SessionEvent,
  SessionLog,
  type SessionPlan,
  type SessionStep,
} from '../contracts/session-log.js';
import { newSession, next, replay, secondsLeft, toSessionLog } from './index.js';
import type { Cue, SessionState } from './types.js';

const glutePoint: SessionStep = {
  kind: 'trigger-point',
  id: 'glute-overlap-point-fists',
  triggerPoint: 'glute-overlap-point',
  technique: 'glute-fists',
  step: 1,
  side: 'left',
  tools: ['fists'],
  place: 'floor',
  dose: { mode: 'hold', seconds: 10, reps: 3 },
  why: 'Your pain sits where this point sends it.',
  title: 'The buttock point',
};
const qlPoint: SessionStep = {
  ...glutePoint,
  id: 'ql-ball',
  triggerPoint: 'ql-upper',
  technique: 'ql-ball-floor',
  step: 3,
  side: 'right',
  tools: ['tennis-ball'],
  dose: { mode: 'circles', seconds: 10, reps: 3 },
  title: 'The hip hiker',
};

/** Applies events in order; any refusal fails the test. Returns the end state and all cues. */
const run = (events: SessionEvent[], from: SessionState) => {
  let state = from;
  const cues: Cue[] = [];
  for (const event of events) {
    const moved = next(state, event);
    if (!moved.ok) throw new Error(`${event.type}@${event.at}: ${moved.message}`);
    state = moved.value.state;
    cues.push(...moved.value.cues);
  }
  return { state, cues };
};

const spoken = (cues: readonly Cue[]) =>
  cues.flatMap((cue) => (cue.kind === 'speak' ? [cue.text] : []));
const beeps = (cues: readonly Cue[]) =>
  cues.flatMap((cue) => (cue.kind === 'beep' ? [`${cue.tone}@${cue.at}`] : []));

const onePoint: SessionPlan = { steps: [glutePoint] };

describe('a guided session', () => {
  it('runs a two-point session from pain before to pain after and logs it', () => {
    const plan: SessionPlan = { steps: [glutePoint, qlPoint] };
    const { state, cues } = run(
      [
        { type: 'start', at: 1_000, painBefore: 6 },
        { type: 'tick', at: 200_000 },
        { type: 'finish', at: 200_500, painAfter: 3 },
      ],
      newSession(plan),
    );
    // Each point: 15 s positioning, 3 holds of 10 s with 5 s rests, then a 20 s rating window.
    expect(state.phase).toEqual({ kind: 'finished', at: 200_500 });
    expect(
      state.points.map((p) => [p.triggerPoint, p.endedBy, p.repsDone, p.secondsPressed]),
    ).toEqual([
      ['glute-overlap-point', 'completed', 3, 30],
      ['ql-upper', 'completed', 3, 30],
    ]);
    expect(beeps(cues)).toEqual([
      'start@16000',
      'end@26000',
      'start@31000',
      'end@41000',
      'start@46000',
      'end@56000',
      'start@91000',
      'end@101000',
      'start@106000',
      'end@116000',
      'start@121000',
      'end@131000',
      'done@151000',
    ]);
    const log = toSessionLog(state, { id: 'session-1', planId: 'plan-1' });
    expect(log.ok).toBe(true);
    if (!log.ok) return;
    expect(SessionLog.parse(log.value)).toEqual(log.value);
    expect(log.value).toMatchObject({ painBefore: 6, painAfter: 3, startedAt: 1_000 });
    expect(log.value.endedAt).toBe(200_500);
  });

  it('keeps the quick rating of each point in the log', () => {
    const { state } = run(
      [
        { type: 'start', at: 0 },
        { type: 'tick', at: 56_000 },
        { type: 'rate', at: 60_000, tender: true, reproduced: true, eased: false },
      ],
      newSession(onePoint),
    );
    expect(state.points[0]?.rating).toEqual({ tender: true, reproduced: true, eased: false });
    expect(state.phase.kind).toBe('pain-after');
  });

  it('eases off after a first "too much" and then finishes the hold it cut short', () => {
    const { state, cues } = run(
      [
        { type: 'start', at: 0 },
        { type: 'ready', at: 2_000 },
        { type: 'too-much', at: 6_000 },
      ],
      newSession(onePoint),
    );
    expect(state.phase).toMatchObject({ kind: 'eased-off', rep: 1, holdLeftMs: 6_000 });
    expect(spoken(cues).at(-1)).toMatch(/lighter pressure, a softer tool, or your fists/);
    const after = run([{ type: 'ready', at: 9_000 }], state);
    expect(after.state.phase).toMatchObject({ kind: 'pressing', rep: 1, endsAt: 15_000 });
    expect(spoken(after.cues).at(-1)).toMatch(/Gently/);
  });

  it('stops the point and moves on when "too much" comes twice', () => {
    const plan: SessionPlan = { steps: [glutePoint, qlPoint] };
    const { state, cues } = run(
      [
        { type: 'start', at: 0 },
        { type: 'ready', at: 1_000 },
        { type: 'too-much', at: 4_000 },
        { type: 'ready', at: 5_000 },
        { type: 'too-much', at: 7_000 },
      ],
      newSession(plan),
    );
    expect(state.points).toEqual([
      expect.objectContaining({
        triggerPoint: 'glute-overlap-point',
        endedBy: 'too-much',
        secondsPressed: 5,
      }),
    ]);
    expect(state.phase).toMatchObject({ kind: 'positioning', slot: 1 });
    expect(spoken(cues)).toContain('That is enough for this point. Moving on.');
  });

  it('ends the point early when the person says it helped', () => {
    const { state } = run(
      [
        { type: 'start', at: 0 },
        { type: 'tick', at: 33_000 },
        { type: 'relief-felt', at: 34_000 },
      ],
      newSession(onePoint),
    );
    // First hold 15-25 s done, second hold 30-40 s cut at 34 s.
    expect(state.phase).toMatchObject({
      kind: 'rating',
      outcome: { endedBy: 'relief', repsDone: 1, secondsPressed: 14 },
    });
  });

  it('keeps the seconds left in a hold across a pause', () => {
    const paused = run(
      [
        { type: 'start', at: 0 },
        { type: 'tick', at: 18_000 },
        { type: 'pause', at: 19_000 },
        { type: 'tick', at: 300_000 },
      ],
      newSession(onePoint),
    );
    expect(paused.state.phase).toMatchObject({ kind: 'paused', remainingMs: 6_000 });
    expect(secondsLeft(paused.state, 300_000)).toBe(6);
    const resumed = run([{ type: 'resume', at: 400_000 }], paused.state);
    expect(resumed.state.phase).toMatchObject({ kind: 'pressing', rep: 1, endsAt: 406_000 });
    expect(beeps(resumed.cues)).toEqual(['start@400000']);
  });

  it('lands in the right hold after one late tick from a throttled tab', () => {
    const { state, cues } = run(
      [
        { type: 'start', at: 0 },
        { type: 'tick', at: 47_000 },
      ],
      newSession(onePoint),
    );
    expect(state.phase).toMatchObject({ kind: 'pressing', rep: 3, since: 45_000, endsAt: 55_000 });
    expect(beeps(cues)).toEqual([
      'start@15000',
      'end@25000',
      'start@30000',
      'end@40000',
      'start@45000',
    ]);
  });

  it('runs the left side, then says to switch, then runs the right side', () => {
    const both: SessionStep = { ...glutePoint, kind: 'mobilisation', side: 'both' };
    const { state, cues } = run(
      [
        { type: 'start', at: 0 },
        { type: 'tick', at: 56_000 },
      ],
      newSession({ steps: [both] }),
    );
    expect(state.phase).toMatchObject({ kind: 'switching-side', slot: 1 });
    expect(spoken(cues)).toContain('Now turn to the other side. Right side.');
    const done = run([{ type: 'tick', at: 200_000 }], state);
    expect(done.state.points.map((p) => [p.side, p.endedBy])).toEqual([
      ['left', 'completed'],
      ['right', 'completed'],
    ]);
  });

  it('refuses an event that does not fit, and says why', () => {
    const ready = newSession(onePoint);
    const refused = next(ready, { type: 'too-much', at: 0 });
    expect(refused).toMatchObject({
      ok: false,
      code: 'illegal-transition',
      details: { phase: 'ready', event: 'too-much' },
    });
    const started = run([{ type: 'start', at: 0 }], ready).state;
    expect(next(started, { type: 'relief-felt', at: 1 })).toMatchObject({ ok: false });
    expect(next(started, { type: 'back', at: 1 })).toMatchObject({ ok: false });
  });

  it('refuses an event older than one already applied', () => {
    const started = run([{ type: 'start', at: 10_000 }], newSession(onePoint)).state;
    expect(next(started, { type: 'pause', at: 9_000 })).toMatchObject({
      ok: false,
      code: 'time-went-back',
    });
    expect(next(started, { type: 'tick', at: 9_000 })).toEqual({
      ok: true,
      value: { state: started, cues: [] },
    });
  });

  it('moves on unrated when nobody answers the rating, so hands-free still works', () => {
    const { state } = run(
      [
        { type: 'start', at: 0 },
        { type: 'tick', at: 75_000 },
      ],
      newSession(onePoint),
    );
    expect(state.phase.kind).toBe('pain-after');
    expect(state.points[0]).not.toHaveProperty('rating');
  });

  it('starts the point again on "back" mid-hold, and goes to the point before from its start', () => {
    const plan: SessionPlan = { steps: [glutePoint, qlPoint] };
    const { state } = run(
      [
        { type: 'start', at: 0 },
        { type: 'tick', at: 20_000 },
        { type: 'back', at: 20_000 },
      ],
      newSession(plan),
    );
    expect(state.phase).toMatchObject({ kind: 'positioning', slot: 0, since: 20_000 });
    expect(state.points).toEqual([
      expect.objectContaining({ endedBy: 'skipped', secondsPressed: 5 }),
    ]);
    const second = run(
      [
        { type: 'skip', at: 21_000 },
        { type: 'back', at: 22_000 },
      ],
      state,
    );
    expect(second.state.phase).toMatchObject({ kind: 'positioning', slot: 0 });
  });

  it('speaks the lines content gives, and plain ones when it gives none', () => {
    const withCues: SessionStep = {
      ...glutePoint,
      cues: { position: 'Lie on your back, knees bent.', find: 'Slide a fist under the dimple.' },
    };
    const own = run([{ type: 'start', at: 0 }], newSession({ steps: [withCues] }));
    expect(spoken(own.cues)).toEqual([
      "Let's begin.",
      'Next: The buttock point. Left side.',
      'Lie on your back, knees bent.',
      'Slide a fist under the dimple.',
    ]);
    const plain = run([{ type: 'start', at: 0 }], newSession(onePoint));
    expect(spoken(plain.cues)).toContain('Lie on the floor with your fists.');
  });

  it('replays its own log to the very same state', () => {
    const { state } = run(
      [
        { type: 'start', at: 0, painBefore: 4 },
        { type: 'tick', at: 5_000 },
        { type: 'tick', at: 19_000 },
        { type: 'pause', at: 19_500 },
        { type: 'resume', at: 30_000 },
        { type: 'tick', at: 61_000 },
      ],
      newSession(onePoint),
    );
    expect(state.events.filter((e) => e.type === 'tick')).toHaveLength(2);
    expect(replay(onePoint, state.events)).toEqual({ ok: true, value: state });
  });
});
