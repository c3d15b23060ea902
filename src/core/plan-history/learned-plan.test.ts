import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import type { PlanResponse } from '../contracts/plan.js';
import { buildPlan } from '../plan/index.js';
import { learnedPlan } from './index.js';
import {
  clock,
  daily,
  lowBackBody,
  requestOf,
  session,
  type Worked,
} from './learned-plan.test-support.js';

const request = requestOf(lowBackBody);
const pointIds = (plan: PlanResponse) =>
  plan.steps.filter((step) => step.kind === 'trigger-point').map((step) => step.id);
const stepOf = (plan: PlanResponse, id: string) => {
  const found = plan.steps.find((step) => step.id === id);
  if (found === undefined) throw new Error(`no step ${id}`);
  return found;
};

const qlInner: Worked = ['ql-middle-inner-point-left', 'ql-ball-floor', 'completed'];
const gluteFloor = (endedBy: Worked[2]): Worked => [
  'glute-overlap-point-left',
  'glute-point-ball-floor',
  endedBy,
];

describe('a plan that learns from the sessions', () => {
  it('is the map-only plan when there are no sessions', () => {
    expect(learnedPlan(request, [], clock)).toEqual(buildPlan(request));
  });

  it('is the map-only plan when no session worked a point of this plan', () => {
    const neck: Worked = ['erector-neck-base-point-left', 'neck-base-point-fingers', 'completed'];
    expect(learnedPlan(request, daily(1, [2, 3, 2], neck), clock)).toEqual(buildPlan(request));
  });

  it('brings back an extra point the map alone leaves out when it clearly helped', () => {
    const piriformis: Worked = ['piriformis-point-left', 'piriformis-ball-floor', 'completed'];
    expect(pointIds(buildPlan(request))).not.toContain('piriformis-point-left');
    const plan = learnedPlan(request, daily(1, [2, 3, 2], piriformis), clock);
    expect(pointIds(plan)[0]).toBe('piriformis-point-left');
    expect(plan.dropped.map((item) => item.id)).not.toContain('piriformis-point-left');
  });

  it('puts a point that credibly helped first, and says so in numbers', () => {
    const plan = learnedPlan(request, daily(1, [2, 3, 2, 1, 2, 2], qlInner), clock);
    expect(pointIds(buildPlan(request))[0]).toBe('glute-overlap-point-left');
    expect(pointIds(plan).slice(0, 2)).toEqual([
      'ql-middle-inner-point-left',
      'ql-middle-inner-point-right',
    ]);
    const step = stepOf(plan, 'ql-middle-inner-point-left');
    expect(step.history).toEqual({
      sessions: 6,
      meanRelief: 2,
      ci95: [expect.closeTo(1.336, 3), expect.closeTo(2.664, 3)],
      tooMuch: 0,
    });
    expect(step.why).toContain(
      'In 6 of your 6 sessions with this point, pain went down: about 2 points less pain on average. It clearly helps you, so it comes first.',
    );
    // The other side has no history of its own: no history object, same dose.
    expect(stepOf(plan, 'ql-middle-inner-point-right').history).toBeUndefined();
  });

  it('does not rank up a point whose relief is not yet clear', () => {
    const plan = learnedPlan(request, daily(1, [3, -1, 1], qlInner), clock);
    expect(pointIds(plan)).toEqual(pointIds(buildPlan(request)));
    const step = stepOf(plan, 'ql-middle-inner-point-left');
    expect(step.history?.ci95).not.toBeNull();
    expect(step.why).toContain(
      'In 2 of your 3 sessions with this point, pain went down: about 1 point less pain on average. It is too soon to say if it helps you.',
    );
  });

  it('moves a point with no effect after 6 sessions below the guessed points, and says so', () => {
    const lumbo: Worked = [
      'erector-lumbosacral-point-left',
      'lumbosacral-point-ball-floor',
      'completed',
    ];
    const plan = learnedPlan(request, daily(1, [1, -1, 0, 1, -1, 0], lumbo), clock);
    const ids = pointIds(plan);
    expect(ids.at(-1)).toBe('erector-lumbosacral-point-right');
    expect(ids.at(-2)).toBe('erector-lumbosacral-point-left');
    expect(stepOf(plan, 'erector-lumbosacral-point-left').why).toContain(
      'In 2 of your 6 sessions with this point, pain went down: no change on average. It has not clearly helped you, so it moves down the plan.',
    );
  });

  it('after "too much" twice in the last three sessions, offers a gentler way: the wall, then the hands, then leaves it out', () => {
    const twice = [
      session(3, 6, 6, [gluteFloor('too-much')]),
      session(2, 6, 5, [gluteFloor('completed')]),
      session(1, 6, 6, [gluteFloor('too-much')]),
    ];
    const wall = stepOf(learnedPlan(request, twice, clock), 'glute-overlap-point-left');
    expect(wall.technique).toBe('glute-point-ball-wall');
    expect(wall.place).toBe('wall');
    expect(wall.why).toContain(
      'It was too much in 2 of your last 3 sessions. So this time you do it a gentler way: ball on the buttock point, against a wall.',
    );
    expect(wall.history?.tooMuch).toBe(2);

    const atWall = (endedBy: Worked[2]): Worked => [
      'glute-overlap-point-left',
      'glute-point-ball-wall',
      endedBy,
    ];
    const again = [...twice, session(0, 6, 6, [atWall('too-much')])];
    // Too much twice in the last three, one of them at the wall: the wall is not gentle enough.
    const hands = learnedPlan(request, again, clock).steps.find((step) =>
      step.triggerPoints.includes('glute-overlap-point-left'),
    );
    expect(hands?.tools.every((tool) => ['fists', 'thumbs', 'fingers'].includes(tool))).toBe(true);

    const withHands: Worked = ['glute-overlap-point-left', hands!.technique!, 'too-much'];
    const handsTooMuch = [
      ...again,
      session(0, 6, 6, [withHands]),
      { ...session(0, 6, 6, [withHands]), id: 'later', startedAt: '2026-12-03T09:00:00Z' },
    ];
    const plan = learnedPlan(request, handsTooMuch, clock);
    expect(plan.steps.some((step) => step.triggerPoints.includes('glute-overlap-point-left'))).toBe(
      false,
    );
    const left = plan.dropped.filter((item) => item.because === 'too-much');
    expect(left.map((item) => item.id)).toContain('glute-overlap-point-left');
    expect(left[0]?.reason).toBe(
      'It was too much in 2 of your last 3 sessions, even done more gently. It is left out for now. If that spot stays sore, ask a clinician.',
    );
  });
});

describe('doses that grow', () => {
  const holdOf = (sessions: ReturnType<typeof daily>) =>
    stepOf(learnedPlan(request, sessions, clock), 'ql-middle-inner-point-left');

  it('step from 10 s to 20 s after 3 sessions in a row taken well, and to 30 s after 6, no further', () => {
    expect(holdOf(daily(1, [1, 1], qlInner)).dose.seconds).toBe(10);
    const three = holdOf(daily(1, [1, 1, 1], qlInner));
    expect(three.dose.seconds).toBe(20);
    expect(three.why).toContain(
      'You took this point well 3 sessions in a row, so each hold grows to 20 seconds.',
    );
    expect(holdOf(daily(1, [1, 2, 1, 2, 1, 2], qlInner)).dose.seconds).toBe(30);
    const nine = holdOf(daily(1, [1, 2, 1, 2, 1, 2, 1, 2, 1], qlInner));
    expect(nine.dose.seconds).toBe(30);
    expect(nine.why).toContain('You have taken this point well, so each hold is 30 seconds.');
  });

  it('step back one rung after "too much", and the step says so', () => {
    const grown = daily(2, [1, 2, 1, 2, 1, 2], qlInner);
    const tooMuch = session(1, 6, 6, [['ql-middle-inner-point-left', 'ql-ball-floor', 'too-much']]);
    const step = holdOf([...grown, tooMuch]);
    expect(step.dose.seconds).toBe(20);
    expect(step.why).toContain('It was too much last time, so each hold goes back to 20 seconds.');
  });

  it('never grow past the short hold a blood thinner asks for', () => {
    const thinned = requestOf({
      ...lowBackBody,
      answers: { ...lowBackBody.answers, 'blood-thinners': true },
    });
    const plan = learnedPlan(thinned, daily(1, [1, 2, 1, 2, 1, 2], qlInner), clock);
    for (const step of plan.steps.filter((s) => s.kind === 'trigger-point')) {
      expect(step.dose.seconds).toBeLessThanOrEqual(6);
    }
  });

  it('keep the time estimate true to the longer holds', () => {
    const step = holdOf(daily(1, [1, 1, 1], qlInner));
    const mapOnly = stepOf(buildPlan(request), 'ql-middle-inner-point-left');
    expect(step.estimatedSeconds).toBe(mapOnly.estimatedSeconds + 3 * 10);
  });
});

describe('try and compare', () => {
  // Two points, three scored sessions each, neither clearly helping; both ready on day -3.
  const rib: Worked = [
    'erector-floating-rib-point-left',
    'floating-rib-point-ball-floor',
    'completed',
  ];
  const qlRib: Worked = ['ql-rib-inner-point-left', 'ql-ball-floor', 'completed'];
  const unclear = [...daily(3, [2, -1, 1], rib), ...daily(3, [3, 0, -1], qlRib)];
  const on = (date: string) => ({ now: `${date}T12:00:00Z`, utcOffsetMinutes: 0 });

  it('takes turns for two weeks: the first point on odd days, the second on even days', () => {
    const first = learnedPlan(request, unclear, on('2026-12-01'));
    expect(first.tryAndCompare).toEqual({
      triggerPoints: ['erector-floating-rib-point', 'ql-rib-inner-point'],
      startsOn: '2026-12-01',
      endsOn: '2026-12-14',
      today: 'erector-floating-rib-point',
      message:
        'Neither the Spine muscle point at the lowest ribs nor the Hip hiker (QL), inner point at the lowest rib has clearly helped yet. For two weeks, do the first on odd days and the second on even days. Then Unknot shows which eased your pain more. Today is day 1 of 14.',
      result: null,
    });
    expect(pointIds(first)).not.toContain('ql-rib-inner-point-left');
    expect(first.dropped).toContainEqual(
      expect.objectContaining({
        id: 'ql-rib-inner-point-left',
        because: 'try-and-compare',
        reason:
          "Try and compare: today is the Spine muscle point at the lowest ribs's day. This one comes back tomorrow.",
      }),
    );
    expect(fleschKincaidGrade(first.tryAndCompare?.message ?? '')).toBeLessThan(8.05);
    const second = learnedPlan(request, unclear, on('2026-12-02'));
    expect(second.tryAndCompare?.today).toBe('ql-rib-inner-point');
    expect(pointIds(second)).toContain('ql-rib-inner-point-left');
    expect(pointIds(second)).not.toContain('erector-floating-rib-point-left');
  });

  it('shows the result when the two weeks end', () => {
    const turns = [
      session(-2, 6, 3, [rib]),
      session(-4, 6, 3, [rib]),
      session(-3, 6, 6, [qlRib]),
      session(-5, 6, 5, [qlRib]),
    ];
    const plan = learnedPlan(request, [...unclear, ...turns], on('2026-12-15'));
    expect(plan.tryAndCompare?.today).toBeNull();
    for (const text of [plan.tryAndCompare?.message, plan.tryAndCompare?.result?.message]) {
      expect(fleschKincaidGrade(text ?? ''), text).toBeLessThan(8.05);
    }
    expect(plan.tryAndCompare?.result).toEqual({
      better: 'erector-floating-rib-point',
      message:
        'Your two weeks of turns have ended. On its days, the Spine muscle point at the lowest ribs eased your pain by about 3 points, and the Hip hiker (QL), inner point at the lowest rib eased your pain by about 0.5 points. The Spine muscle point at the lowest ribs helped more.',
    });
  });

  it('is not offered before both points have three scored sessions', () => {
    const plan = learnedPlan(request, unclear.slice(0, 5), on('2026-12-01'));
    expect(plan.tryAndCompare).toBeUndefined();
  });
});
