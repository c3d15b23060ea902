import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PointOutcome,
  SessionEvent,
  type SessionEventType,
  type SessionPlan,
  type SessionStep,
} from '../contracts/session-log.js';
import { placeIds, toolIds } from '../spec/index.js';
import { newSession, next, replay } from './index.js';
import { doseMs, holdMs, repsOf, slotsOf } from './slots.js';
import { EASE_OFF_MS, POSITIONING_MS, RATING_MS, REST_MS } from './timing.js';
import type { Cue, SessionState } from './types.js';

// ---- random plans and random event streams -------------------------------------------------

const stepArb: fc.Arbitrary<SessionStep> = fc.record({
  kind: fc.constantFrom('mobilisation', 'trigger-point', 'advice'),
  id: fc.constantFrom('glute-fists', 'ql-ball', 'psoas-release'),
  triggerPoint: fc.option(fc.constantFrom('glute-overlap-point', 'ql-upper'), { nil: null }),
  technique: fc.option(fc.constantFrom('fists', 'ball-floor'), { nil: null }),
  step: fc.constantFrom(1 as const, 2 as const, 3 as const, null),
  side: fc.constantFrom('left' as const, 'right' as const, 'both' as const, null),
  tools: fc.subarray([...toolIds], { maxLength: 3 }),
  place: fc.constantFrom(...placeIds),
  dose: fc.record({
    mode: fc.constantFrom('hold', 'circles', 'roll', 'position'),
    seconds: fc.oneof(
      { arbitrary: fc.constant(0), weight: 1 },
      { arbitrary: fc.integer({ min: 1, max: 15 }), weight: 8 },
    ),
    reps: fc.integer({ min: 0, max: 4 }),
  }),
  why: fc.constant('Your pain sits where this point sends it.'),
});
const planArb: fc.Arbitrary<SessionPlan> = fc.record({
  steps: fc.array(stepArb, { maxLength: 4 }),
});

const gapArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 3_000 }), weight: 12 },
  { arbitrary: fc.integer({ min: 3_000, max: 30_000 }), weight: 6 },
  { arbitrary: fc.integer({ min: 30_000, max: 200_000 }), weight: 1 },
  { arbitrary: fc.integer({ min: -2_000, max: -1 }), weight: 1 },
);

const allTypes: readonly [SessionEventType, number][] = [
  ['tick', 40],
  ['ready', 15],
  ['rate', 15],
  ['pause', 5],
  ['resume', 10],
  ['skip', 5],
  ['back', 5],
  ['too-much', 10],
  ['relief-felt', 5],
  ['start', 3],
  // Rare, so most runs get deep into the session before it stops.
  ['finish', 1],
];

const eventsArb = (types: readonly [SessionEventType, number][], maxLength = 80) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 2_000_000_000_000 }),
      // Mostly begin with a start, so runs reach deep into the session.
      fc.oneof(
        { arbitrary: fc.constant(true), weight: 9 },
        { arbitrary: fc.constant(false), weight: 1 },
      ),
      fc.array(
        fc.record({
          type: fc.oneof(
            ...types.map(([type, weight]) => ({ arbitrary: fc.constant(type), weight })),
          ),
          gap: gapArb,
          flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
          pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        }),
        { maxLength, size: 'large' },
      ),
    )
    .map(([t0, startFirst, moves]) => {
      let at = t0;
      const events: SessionEvent[] = startFirst ? [{ type: 'start', at }] : [];
      for (const { type, gap, flags, pain } of moves) {
        at = Math.max(0, at + gap);
        const [tender, reproduced, eased] = flags;
        if (type === 'rate') events.push({ type, at, tender, reproduced, eased });
        else if (type === 'start') events.push({ type, at, painBefore: pain });
        else if (type === 'finish') events.push({ type, at, painAfter: pain });
        else events.push({ type, at });
      }
      return events;
    });

interface Run {
  readonly states: SessionState[];
  readonly cues: Cue[];
  readonly final: SessionState;
}

/** Feeds every event; a refused one must leave the state as it was. */
const runAll = (plan: SessionPlan, events: readonly SessionEvent[]): Run => {
  let state = newSession(plan);
  const states = [state];
  const cues: Cue[] = [];
  for (const event of events) {
    const moved = next(state, event);
    if (moved.ok) {
      state = moved.value.state;
      cues.push(...moved.value.cues);
    }
    states.push(state);
  }
  return { states, cues, final: state };
};

/** Closes an open session, so every second pressed is in the log. */
const closed = (run: Run): Run => {
  const at = (run.final.clock ?? 0) + 1;
  const moved = next(run.final, { type: 'finish', at });
  if (!moved.ok) return run;
  return { ...run, cues: [...run.cues, ...moved.value.cues], final: moved.value.state };
};

// ---- what must hold in every state ---------------------------------------------------------

const problems = (state: SessionState): string[] => {
  const found: string[] = [];
  const fail = (why: string) => found.push(why);
  const { phase, clock } = state;
  if (JSON.stringify(state.slots) !== JSON.stringify(slotsOf(state.plan))) fail('slots drifted');
  const stepAt = (slot: number) => {
    const s = state.slots[slot];
    const step = s === undefined ? undefined : state.plan.steps[s.stepIndex];
    if (step === undefined) fail(`slot ${slot} out of range`);
    return step;
  };
  if (phase.kind === 'ready') {
    if (state.startedAt !== null || state.points.length > 0 || state.events.length > 0) {
      fail('ready but already under way');
    }
  } else if (state.startedAt === null || clock === null || clock < state.startedAt) {
    fail('under way without a start');
  }
  if ((phase.kind === 'finished') !== (state.endedAt !== null)) fail('endedAt out of step');
  if (phase.kind === 'finished' && phase.at !== state.endedAt) fail('finished at a wrong time');
  const timed = phase.kind === 'paused' ? phase.was : phase;
  if ('endsAt' in timed && phase.kind !== 'paused') {
    if (clock === null || timed.since > clock || timed.endsAt <= clock)
      fail('boundary not crossed');
  }
  if (phase.kind === 'paused' && !(phase.remainingMs > 0)) fail('paused with no time left');
  if ('slot' in timed) {
    const step = stepAt(timed.slot);
    if (step !== undefined) {
      const reps = repsOf(step);
      const length = timed.endsAt - timed.since;
      const left = phase.kind === 'paused' ? phase.remainingMs : length;
      const limit = {
        positioning: POSITIONING_MS,
        'switching-side': POSITIONING_MS,
        pressing: holdMs(step),
        resting: REST_MS,
        'eased-off': EASE_OFF_MS,
        rating: RATING_MS,
      }[timed.kind];
      if (left > limit || length > limit) fail(`${timed.kind} runs too long`);
      if (timed.kind === 'pressing' && (timed.rep < 1 || timed.rep > reps)) fail('rep out of dose');
      if (timed.kind === 'resting' && (timed.nextRep < 2 || timed.nextRep > reps)) fail('bad rest');
      if (timed.kind === 'eased-off' && (timed.holdLeftMs < 0 || timed.holdLeftMs > holdMs(step))) {
        fail('eased hold out of range');
      }
      if (timed.kind === 'rating' && step.kind !== 'trigger-point') fail('rating a non-point');
    }
  }
  for (const point of state.points) {
    if (!PointOutcome.safeParse(point).success) fail('outcome off schema');
    const step = state.plan.steps[point.stepIndex];
    if (step === undefined) continue;
    const pressed = Math.round(point.secondsPressed * 1000);
    if (
      point.endedBy === 'completed' &&
      (pressed !== doseMs(step) || point.repsDone !== repsOf(step))
    ) {
      fail('a completed point did not get its whole dose');
    }
    if (point.endedBy !== 'completed' && doseMs(step) > 0 && pressed >= doseMs(step)) {
      fail('a point cut short got its whole dose');
    }
  }
  state.events.forEach((event, i) => {
    if (!SessionEvent.safeParse(event).success) fail('event off schema');
    const before = state.events[i - 1];
    if (before !== undefined && before.at > event.at) fail('log runs back in time');
    if (before?.type === 'tick' && event.type === 'tick') fail('ticks not collapsed');
  });
  return found;
};

/** Everything but the log and the clock: what an event must change to count as heard. */
const essence = ({ events: _events, clock: _clock, ...rest }: SessionState) => rest;

/** Time between each start tone and the end tone after it. */
const tonesMs = (cues: readonly Cue[]): number => {
  let total = 0;
  let startedAt: number | null = null;
  for (const cue of cues) {
    if (cue.kind !== 'beep' || cue.tone === 'done') continue;
    if (cue.tone === 'start') {
      if (startedAt !== null) return Number.NaN;
      startedAt = cue.at;
    } else {
      if (startedAt === null) return Number.NaN;
      total += cue.at - startedAt;
      startedAt = null;
    }
  }
  return startedAt === null ? total : Number.NaN;
};

const loggedMs = (state: SessionState): number =>
  state.points.reduce((sum, point) => sum + Math.round(point.secondsPressed * 1000), 0);

// ---- the properties ---------------------------------------------------------------------------

describe('the session machine under any events at any times', () => {
  it('is always in a valid state', () => {
    fc.assert(
      fc.property(planArb, eventsArb(allTypes), (plan, events) => {
        for (const state of runAll(plan, events).states) expect(problems(state)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('changes something for every event it accepts, and answers an error otherwise', () => {
    fc.assert(
      fc.property(planArb, eventsArb(allTypes), (plan, events) => {
        let state = newSession(plan);
        for (const event of events) {
          const moved = next(state, event);
          if (event.type === 'tick') {
            expect(moved.ok).toBe(true);
          } else if (moved.ok) {
            expect(essence(moved.value.state)).not.toEqual(essence(state));
          } else {
            expect(['illegal-transition', 'time-went-back']).toContain(moved.code);
          }
          if (moved.ok) state = moved.value.state;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('replays its event log to exactly the same state', () => {
    fc.assert(
      fc.property(planArb, eventsArb(allTypes), (plan, events) => {
        const { final } = runAll(plan, events);
        expect(replay(plan, final.events)).toEqual({ ok: true, value: final });
      }),
      { numRuns: 300 },
    );
  });

  it('says and sounds the same things whether the tab ticks often or once in a while', () => {
    fc.assert(
      fc.property(
        planArb,
        eventsArb(allTypes),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (plan, anyTimes, fractions) => {
          // A late event is refused or not depending on the ticks before it, so keep time moving.
          const events = monotone(anyTimes);
          const fine: SessionEvent[] = [];
          events.forEach((event, i) => {
            const before = events[i - 1];
            if (before !== undefined && event.at > before.at) {
              const ticks = fractions.map((f) =>
                Math.floor(before.at + f * (event.at - before.at)),
              );
              for (const at of ticks.sort((a, b) => a - b)) fine.push({ type: 'tick', at });
            }
            fine.push(event);
          });
          // Both tabs end with one tick at the same moment: refused events do not move time.
          const last: SessionEvent = { type: 'tick', at: events.at(-1)?.at ?? 0 };
          const coarse = runAll(plan, [...events, last]);
          const often = runAll(plan, [...fine, last]);
          expect(essence(often.final)).toEqual(essence(coarse.final));
          expect(often.cues).toEqual(coarse.cues);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('logs exactly the time between each start tone and end tone as time pressed', () => {
    fc.assert(
      fc.property(planArb, eventsArb(allTypes), (plan, events) => {
        const run = closed(runAll(plan, events));
        expect(tonesMs(run.cues)).toBe(loggedMs(run.final));
      }),
      { numRuns: 300 },
    );
  });

  it('presses the whole dose of every point when nothing is skipped or cut short', () => {
    const calm: [SessionEventType, number][] = [
      ['tick', 8],
      ['ready', 3],
      ['rate', 3],
      ['pause', 1],
      ['resume', 2],
    ];
    fc.assert(
      fc.property(planArb, eventsArb(calm), (plan, events) => {
        const begun = runAll(plan, [{ type: 'start', at: 0 }, ...events]);
        let state = begun.final;
        const clock = state.clock ?? 0;
        for (const event of [
          { type: 'resume', at: clock + 1 },
          { type: 'tick', at: clock + 10_000_000 },
        ] as const) {
          const moved = next(state, event);
          if (moved.ok) state = moved.value.state;
        }
        expect(state.phase.kind).toBe('pain-after');
        const slots = slotsOf(plan);
        expect(state.points.map((p) => p.endedBy)).toEqual(slots.map(() => 'completed'));
        const planned = slots.reduce((sum, slot) => {
          const step = plan.steps[slot.stepIndex];
          return sum + (step === undefined ? 0 : doseMs(step));
        }, 0);
        expect(loggedMs(state)).toBe(planned);
      }),
      { numRuns: 200 },
    );
  });
});

/** The same events with time never running back. */
const monotone = (events: readonly SessionEvent[]): SessionEvent[] => {
  let latest = 0;
  return events.map((event) => {
    latest = Math.max(latest, event.at);
    return { ...event, at: latest };
  });
};
