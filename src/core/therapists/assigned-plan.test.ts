import { describe, expect, it } from 'vitest';
import type { RegionId } from '../body/regions.js';
import { validatePlanRequest } from '../contracts/plan.js';
import { AssignedPlanRequest } from '../contracts/therapist-work.js';
import { buildPlan } from '../plan/build-plan.js';
import { stepRulesFor } from '../plan/step-check.js';
import { triage } from '../triage/triage.js';
import { checkAssignedSteps, onHoldOf } from './assigned-plan.js';

const request = validatePlanRequest({
  regions: [
    { id: 'low-back-left', intensity: 6 },
    { id: 'thigh-back-upper-left', intensity: 5 },
  ],
  answers: {},
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium', minutes: 30 },
  psoasCheck: { footTurnsOut: 'left' },
});
if (!request.ok) throw new Error(request.message);
const suggestion = buildPlan(request.value);
const byId = (id: string) => {
  const step = suggestion.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no ${id} in the suggestion`);
  return step;
};
// A lying position, a ball under the body, thumbs beside the spine, a standing movement.
const chosen = [
  byId('psoas-rest-release'),
  byId('glute-overlap-point-left'),
  byId('multifidus-groove-point-left'),
  byId('standing-side-bend'),
];
const stepsOf = (steps: readonly unknown[]) =>
  AssignedPlanRequest.parse({ steps, sessionsPerWeek: 3 }).steps;
const rulesFor = (answers: Record<string, boolean | number>, skipRegions: RegionId[] = []) =>
  stepRulesFor({ answers, screen: triage(answers), skipRegions });
const noLimits = rulesFor({});

const issuesOf = (result: ReturnType<typeof checkAssignedSteps>) =>
  result.ok ? [] : (result.details as { issues: { path: string; code: string }[] }).issues;

describe('checking a plan a therapist assigns', () => {
  it('takes the suggestion as it is and fills each step in from the content', () => {
    const result = checkAssignedSteps(stepsOf(suggestion.steps), noLimits);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.map((step) => [step.id, step.title, step.estimatedSeconds])).toEqual(
      suggestion.steps.map((step) => [step.id, step.title, step.estimatedSeconds]),
    );
    expect(result.value[1]?.cues).toEqual(suggestion.steps[1]?.cues);
    expect(result.value.every((step) => step.note === '')).toBe(true);
  });

  it('keeps a changed dose, a note and the order the therapist chose', () => {
    const [position, ball, thumbs, bend] = chosen;
    const result = checkAssignedSteps(
      stepsOf([
        bend,
        { ...ball, dose: { ...ball!.dose, seconds: 90, reps: 6 }, note: 'Slow <b>breaths</b>' },
        thumbs,
        { ...position, dose: { ...position!.dose, seconds: 600 } },
      ]),
      noLimits,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.value.map((step) => step.id)).toEqual([
      'standing-side-bend',
      'glute-overlap-point-left',
      'multifidus-groove-point-left',
      'psoas-rest-release',
    ]);
    expect(result.value[1]).toMatchObject({
      dose: { seconds: 90, reps: 6 },
      note: 'Slow <b>breaths</b>',
      estimatedSeconds: expect.any(Number),
    });
    expect(result.value[1]!.estimatedSeconds).toBeGreaterThan(ball!.estimatedSeconds);
  });

  it('refuses content it does not know and doses out of bounds, naming each field', () => {
    const [position, ball, thumbs, bend] = chosen;
    const result = checkAssignedSteps(
      stepsOf([
        { ...ball, triggerPoint: 'made-up-point-left' },
        { ...ball, technique: 'made-up-technique' },
        { ...ball, tools: ['fists'] },
        { ...ball, dose: { ...ball!.dose, seconds: 9 } },
        { ...ball, dose: { ...ball!.dose, seconds: 91 } },
        { ...thumbs, dose: { ...thumbs!.dose, reps: 0 } },
        { ...thumbs, dose: { ...thumbs!.dose, reps: 7 } },
        { ...position, dose: { ...position!.dose, seconds: 601 } },
        { ...bend, id: 'made-up-movement' },
        { ...ball, technique: 'multifidus-thumbs', tools: ['thumbs'] },
      ]),
      noLimits,
    );
    expect(result.ok).toBe(false);
    expect(issuesOf(result).map((issue) => [issue.path, issue.code])).toEqual([
      ['steps[0].triggerPoint', 'unknown_point'],
      ['steps[1].technique', 'unknown_technique'],
      ['steps[2].tools', 'tool_mismatch'],
      ['steps[3].dose.seconds', 'dose_out_of_bounds'],
      ['steps[4].dose.seconds', 'dose_out_of_bounds'],
      ['steps[5].dose.reps', 'dose_out_of_bounds'],
      ['steps[6].dose.reps', 'dose_out_of_bounds'],
      ['steps[7].dose.seconds', 'dose_out_of_bounds'],
      ['steps[8].id', 'unknown_movement'],
      ['steps[9].technique', 'technique_mismatch'],
      ['steps[9].dose.mode', 'dose_mode'],
    ]);
  });

  it.each([
    ['pregnancy', { pregnant: true }, [], ['steps[0]', 'steps[1]']],
    ['gentle-pressure', { 'blood-thinners': true }, [], ['steps[1]']],
    ['fragile-bones', { osteoporosis: true }, [], ['steps[1]']],
    [
      'avoid-operated-area',
      { 'recent-spine-surgery': true },
      ['low-back-left'],
      ['steps[1]', 'steps[2]', 'steps[3]'],
    ],
    ['skip-marked-area', { 'skin-problem-at-site': true }, ['buttock-upper-left'], ['steps[1]']],
  ] as const)(
    'refuses a step that breaks %s, naming the step and the rule',
    (rule, answers, skip, paths) => {
      const result = checkAssignedSteps(
        stepsOf(chosen),
        rulesFor(answers, [...skip] as RegionId[]),
      );
      const issues = issuesOf(result) as { path: string; code: string; message: string }[];
      expect(issues.map((issue) => issue.path)).toEqual(paths);
      for (const issue of issues) {
        expect(issue.code).toBe('breaks_precaution');
        expect(issue.message).toContain(`the rule "${rule}"`);
      }
    },
  );
});

describe('an assigned plan on hold', () => {
  const steps = (() => {
    const result = checkAssignedSteps(stepsOf(chosen), noLimits);
    if (!result.ok) throw new Error(result.message);
    return result.value;
  })();
  const screen = (selfCareAllowed: boolean) => ({
    answeredAt: '2026-03-02T08:00:00Z',
    selfCareAllowed,
  });

  it('is not on hold while the latest check allows it', () => {
    expect(onHoldOf(steps, screen(true), noLimits)).toBeNull();
  });

  it('waits for a first safety check', () => {
    expect(onHoldOf(steps, null, null)?.reason).toBe('no-safety-screen');
  });

  it('is on hold while the latest check stops self-care, saying since when', () => {
    expect(onHoldOf(steps, screen(false), noLimits)).toMatchObject({
      reason: 'safety-stop',
      since: '2026-03-02T08:00:00Z',
    });
  });

  it('is on hold when a limit set since breaks a step, naming it', () => {
    expect(onHoldOf(steps, screen(true), rulesFor({ osteoporosis: true }))).toMatchObject({
      reason: 'precaution',
      message: expect.stringMatching(/^Step 2 \(Ball on the buttock point, lying on the floor\)/),
    });
  });
});
