import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { PlanResponse } from '../contracts/plan.js';
import { handTools } from '../spec/index.js';
import {
  lowBackIntoThigh,
  mobilisationOf,
  planFor,
  pointOf,
  pointSteps,
  techniqueOf,
} from './plan-fixtures.test-support.js';
import { gentleHoldSeconds } from './precautions.js';

const smallWithTennisBall = {
  regions: lowBackIntoThigh,
  answers: {},
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'small' },
} as const;

describe('a plan for a small person with a tennis ball on the floor', () => {
  const plan = planFor(smallWithTennisBall);

  it('starts with the gluteal point, a ball under it on the floor (S17-S21)', () => {
    const [first] = plan.steps;
    expect(first).toMatchObject({
      kind: 'trigger-point',
      triggerPoint: 'glute-overlap-point-left',
      technique: 'glute-point-ball-floor',
      step: 1,
      side: 'left',
      tools: ['tennis-ball'],
      place: 'floor',
      dose: { mode: 'hold', seconds: 10, reps: 3 },
    });
    expect(first?.why).toMatch(/step 1/);
  });

  it('answers in the contract shape, each step with a title and cues to speak', () => {
    expect(PlanResponse.parse(plan)).toEqual(plan);
    expect(plan.selfCareAllowed).toBe(true);
    for (const step of plan.steps) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.cues.press).toBeTruthy();
    }
  });

  it('explains every step in words a 13-year-old can read', () => {
    for (const step of plan.steps) {
      expect(step.why.length).toBeGreaterThan(0);
      expect(fleschKincaidGrade(step.why), step.why).toBeLessThanOrEqual(8);
    }
  });

  it('ends with a movement that pairs with the point work (S47)', () => {
    const last = plan.steps.at(-1)!;
    expect(last.kind).toBe('mobilisation');
    expect(mobilisationOf(last).purpose).toBe('movement');
  });

  it('fits the 20 minutes a session gets when none are chosen', () => {
    expect(plan.minutes).toBe(20);
    expect(plan.estimatedMinutes).toBeLessThanOrEqual(20);
    expect(plan.estimatedMinutes).toBeGreaterThan(0);
  });
});

describe('the same person in public', () => {
  const plan = planFor({
    ...smallWithTennisBall,
    preferences: { ...smallWithTennisBall.preferences, places: ['public'] },
  });

  it('works the gluteal point with fists or thumbs, discreetly (S19, S20, S31)', () => {
    const [first] = plan.steps;
    expect(first?.triggerPoint).toBe('glute-overlap-point-left');
    expect(first?.place).toBe('public');
    expect(['glute-point-fists', 'glute-point-thumbs']).toContain(first?.technique);
    expect(first?.tools.every((tool) => ['fists', 'thumbs'].includes(tool))).toBe(true);
  });

  it('uses only the hands and nothing that needs lying down', () => {
    for (const step of plan.steps) {
      expect(step.place).toBe('public');
      expect(step.tools.every((tool) => handTools.includes(tool))).toBe(true);
    }
  });
});

describe('tools, places and body size choose the technique', () => {
  const spinePain = [
    { id: 'lumbar-spine', intensity: 6 },
    { id: 'low-back-left', intensity: 5 },
    { id: 'low-back-right', intensity: 5 },
  ];
  const multifidusStep = (tools: string[], bodySize: 'small' | 'medium' | 'large') =>
    pointSteps(
      planFor({
        regions: spinePain,
        answers: {},
        preferences: { tools: tools as never, places: ['floor'], bodySize, minutes: 60 },
      }),
    ).find((step) => step.triggerPoint?.startsWith('multifidus-groove-point'));

  it('rolls racquet balls down the spine for a small person (S33)', () => {
    expect(multifidusStep(['racquet-ball', 'two-balls-sock'], 'small')?.technique).toBe(
      'multifidus-small-ball-roll',
    );
  });

  it('offers the small dumbbell to a large person (S34) only as an opt-in, and not to a medium one', () => {
    expect(multifidusStep(['small-dumbbell'], 'large')?.technique).toBe('multifidus-dumbbell');
    // With balls in a sock at hand too, the balls come first: the dumbbell is never first choice.
    expect(multifidusStep(['small-dumbbell', 'two-balls-sock'], 'large')?.technique).toBe(
      'multifidus-ball-roll',
    );
    expect(multifidusStep(['small-dumbbell', 'two-balls-sock'], 'medium')?.technique).toBe(
      'multifidus-ball-roll',
    );
  });

  it('treats both sides at once with a roll, as one step with no side', () => {
    const step = multifidusStep(['racquet-ball'], 'small');
    expect(step?.side).toBeNull();
    expect(step?.triggerPoints).toHaveLength(2);
  });

  it('leans a ball on the wall when there is no floor', () => {
    const plan = planFor({
      ...smallWithTennisBall,
      preferences: { tools: ['tennis-ball'], places: ['wall'], bodySize: 'medium' },
    });
    expect(plan.steps[0]).toMatchObject({ technique: 'glute-point-ball-wall', place: 'wall' });
  });

  it('picks the softest ball the person has (S16)', () => {
    const plan = planFor({
      ...smallWithTennisBall,
      preferences: {
        tools: ['lacrosse-ball', 'tennis-ball'],
        places: ['floor'],
        bodySize: 'medium',
      },
    });
    expect(plan.steps[0]?.tools).toEqual(['tennis-ball']);
  });
});

describe('sides', () => {
  const bothSides = [
    ...lowBackIntoThigh,
    { id: 'low-back-right', intensity: 6 },
    { id: 'thigh-back-upper-right', intensity: 5 },
  ];

  it('works the side that hurts more first, each side as its own step', () => {
    const plan = planFor({
      regions: bothSides,
      answers: {},
      preferences: {
        tools: ['tennis-ball'],
        places: ['floor'],
        bodySize: 'medium',
        painfulSide: 'right',
      },
    });
    const glute = plan.steps.filter((step) => step.triggerPoint?.startsWith('glute-overlap'));
    expect(glute.map((step) => step.side)).toEqual(['right', 'left']);
    expect(glute[0]?.why).toMatch(/hurts more/);
  });

  it('goes left then right when neither side hurts more and both rank the same', () => {
    const plan = planFor({
      regions: bothSides,
      answers: {},
      preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium' },
    });
    const glute = plan.steps.filter((step) => step.triggerPoint?.startsWith('glute-overlap'));
    expect(glute.map((step) => step.side)).toEqual(['left', 'right']);
  });
});

describe('the psoas check', () => {
  const withCheck = (answers: Record<string, boolean>, places: string[]) =>
    planFor({
      regions: lowBackIntoThigh,
      answers,
      preferences: { tools: ['fists'], places: places as never, bodySize: 'medium', minutes: 30 },
      psoasCheck: { footTurnsOut: 'right', shoulderLower: 'right' },
    });

  it('puts a psoas release and then a piriformis release on the right side first (S09-S11)', () => {
    const plan = withCheck({}, ['floor']);
    const [psoas, piriformis, next] = plan.steps;
    expect(mobilisationOf(psoas!).purpose).toBe('psoas');
    expect(mobilisationOf(piriformis!).purpose).toBe('piriformis');
    expect(piriformis?.side).toBe('right');
    expect(piriformis?.why).toMatch(/right side/);
    expect(next?.step).toBe(1);
    expect(plan.psoas).toMatchObject({ suggestsShort: true, side: 'right' });
  });

  it('leaves the psoas release out with a hernia, and says why', () => {
    const plan = withCheck({ 'hernia-or-belly-surgery': true }, ['floor']);
    expect(
      plan.steps.some(
        (step) => step.kind === 'mobilisation' && mobilisationOf(step).purpose === 'psoas',
      ),
    ).toBe(false);
    expect(plan.steps[0]?.id).toBe('piriformis-release-lying');
    expect(plan.dropped).toContainEqual(
      expect.objectContaining({
        kind: 'mobilisation',
        because: 'precaution',
        precautions: ['no-belly-pressure'],
      }),
    );
  });
});

describe('precautions change the plan and say how', () => {
  const everything = {
    tools: [
      'tennis-ball',
      'lacrosse-ball',
      'two-balls-sock',
      'racquet-ball',
      'small-dumbbell',
      'bolster',
      'massage-block',
    ],
    places: ['floor', 'wall', 'chair', 'bed', 'massage-table'],
    bodySize: 'large',
    minutes: 60,
  } as const;
  const painEverywhere = [
    ...lowBackIntoThigh,
    { id: 'lumbar-spine', intensity: 5 },
    { id: 'mid-back-left', intensity: 5 },
    { id: 'thoracic-spine', intensity: 4 },
  ];
  const withAnswers = (answers: Record<string, boolean>) =>
    planFor({
      regions: painEverywhere,
      answers,
      preferences: everything,
      psoasCheck: { footTurnsOut: 'left', shoulderLower: 'none' },
    });

  it('in pregnancy: no psoas release and nothing lying on the back', () => {
    const plan = withAnswers({ pregnant: true });
    expect(plan.steps.length).toBeGreaterThan(0);
    for (const step of plan.steps) {
      if (step.kind === 'mobilisation') {
        expect(mobilisationOf(step).purpose).not.toBe('psoas');
        expect(mobilisationOf(step).lyingOnBack).toBe(false);
      } else {
        expect(techniqueOf(step).position).not.toBe('lying-on-back');
        expect(techniqueOf(step).pressesOver).not.toContain('belly');
      }
    }
    const applied = plan.precautionsApplied.find((p) => p.id === 'pregnancy');
    expect(applied?.change).toMatch(/midwife/);
    expect(applied?.stepsChanged).toBeGreaterThan(0);
  });

  it('with osteoporosis: no body weight on a ball over the spine or ribs', () => {
    const plan = withAnswers({ osteoporosis: true });
    const points = pointSteps(plan);
    expect(points.length).toBeGreaterThan(0);
    for (const step of points) {
      const technique = techniqueOf(step);
      const overBone = technique.pressesOver.some((area) => area === 'spine' || area === 'ribs');
      expect(technique.bodyWeight && overBone, step.technique!).toBe(false);
    }
    const changed = points.filter((step) => step.precautions.some((p) => p.id === 'fragile-bones'));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed[0]?.why).toMatch(/bones/);
  });

  it('with blood thinners: light pressure and shorter holds, with the reason on each step', () => {
    const plan = withAnswers({ 'blood-thinners': true });
    for (const step of pointSteps(plan)) {
      expect(step.dose.seconds).toBe(gentleHoldSeconds);
      expect(techniqueOf(step).bodyWeight).toBe(false);
      expect(step.tools).not.toContain('lacrosse-ball');
      expect(step.precautions.map((p) => p.id)).toContain('gentle-pressure');
      expect(step.why).toMatch(/bruise/);
    }
  });

  it('keeps clear of a marked area and the regions next to it', () => {
    const plan = planFor({
      regions: painEverywhere,
      answers: { 'skin-problem-at-site': true },
      preferences: everything,
      skipRegions: ['buttock-upper-left'],
    });
    expect(plan.steps.some((step) => step.triggerPoint === 'glute-overlap-point-left')).toBe(false);
    expect(plan.dropped).toContainEqual(
      expect.objectContaining({
        triggerPoint: 'glute-overlap-point-left',
        because: 'skipped-area',
      }),
    );
    for (const step of pointSteps(plan)) {
      for (const id of step.triggerPoints) {
        expect(pointOf(id).over).not.toContain('buttock-upper-left');
        expect(pointOf(id).over).not.toContain('sacroiliac-left');
      }
    }
  });

  it('asks the person to mark the area when the screen asks to skip one but none is marked', () => {
    const plan = withAnswers({ 'recent-spine-surgery': true });
    expect(plan.precautionsApplied.find((p) => p.id === 'avoid-operated-area')?.change).toMatch(
      /Mark the area/,
    );
  });
});

describe('when self-care is not allowed', () => {
  it.each([
    ['saddle-numbness', 'emergency'],
    ['fever', 'urgent'],
  ])('gives no steps after %s, and the reasons say what to do', (question, level) => {
    const plan = planFor({ ...smallWithTennisBall, answers: { [question]: true } });
    expect(plan).toMatchObject({ level, selfCareAllowed: false, steps: [], estimatedMinutes: 0 });
    expect(plan.reasons.length).toBeGreaterThan(0);
  });

  it('gives no steps under 16', () => {
    expect(planFor({ ...smallWithTennisBall, answers: { age: 12 } }).steps).toEqual([]);
  });
});

describe('time', () => {
  it('drops the lowest-ranked points first to fit 5 minutes, and says so', () => {
    const plan = planFor({
      ...smallWithTennisBall,
      preferences: { ...smallWithTennisBall.preferences, minutes: 5 },
    });
    expect(plan.estimatedMinutes).toBeLessThanOrEqual(5);
    expect(plan.steps[0]?.triggerPoint).toBe('glute-overlap-point-left');
    const forTime = plan.dropped.filter((item) => item.because === 'time');
    expect(forTime.length).toBeGreaterThan(0);
    expect(forTime[0]?.reason).toMatch(/5 minutes/);
    const keptScores = pointSteps(plan).map((step) => step.score ?? 0);
    const droppedPoints = forTime.filter((item) => item.kind === 'trigger-point');
    const full = planFor({
      ...smallWithTennisBall,
      preferences: { ...smallWithTennisBall.preferences, minutes: 60 },
    });
    const scoreOf = (id: string) => full.steps.find((step) => step.id === id)?.score ?? 0;
    for (const item of droppedPoints) {
      expect(scoreOf(item.id)).toBeLessThanOrEqual(Math.min(...keptScores));
    }
  });
});

describe('a plan for pain at the tailbone and low in the buttock', () => {
  const plan = planFor({
    regions: [
      { id: 'sacrum', intensity: 6 },
      { id: 'buttock-lower-left', intensity: 6 },
      { id: 'tailbone', intensity: 5 },
      { id: 'low-back-left', intensity: 4 },
    ],
    answers: {},
    preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium', minutes: 60 },
  });

  it('keeps the overlap point as step 1 and works the big buttock muscle points after the steps', () => {
    expect(plan.steps[0]?.triggerPoint).toBe('glute-overlap-point-left');
    const maximus = plan.steps.filter((step) =>
      step.triggerPoints.some((id) => id.startsWith('gluteus-maximus-')),
    );
    expect(maximus.length).toBeGreaterThan(0);
    const firstMaximus = plan.steps.indexOf(maximus[0]!);
    const lastNumbered = plan.steps.findLastIndex((step) => step.step !== null);
    expect(firstMaximus).toBeGreaterThan(lastNumbered);
    for (const step of maximus) {
      expect(techniqueOf(step).id).toMatch(/^gluteus-maximus-/);
      for (const tool of step.tools) expect(['tennis-ball', ...handTools]).toContain(tool);
      expect(step.place).toBe('floor');
    }
  });
});
