import { describe, expect, it } from 'vitest';
import { twoPointPlan } from '../../session/sample-plan.js';
import { draftFrom } from './plan-draft.js';
import { refusalProblems, stepIndexOf } from './refusal-words.js';

const steps = twoPointPlan.steps.map((step) => ({
  ...step,
  title: step.title ?? step.id,
  cues: step.cues!,
  triggerPoints: [],
  score: null,
  precautions: [],
  safety: [],
  estimatedSeconds: 0,
}));
const draft = draftFrom(steps, 3);

describe("the server's refusal of a plan, in words", () => {
  it('reads the step number from either way of writing the path', () => {
    expect(stepIndexOf('steps[2].dose.seconds')).toBe(2);
    expect(stepIndexOf('steps.11.technique')).toBe(11);
    expect(stepIndexOf('note')).toBeNull();
  });

  it('names the refused step by its number and title, and points at it', () => {
    const problems = refusalProblems(
      {
        issues: [
          {
            path: 'steps[1]',
            code: 'pregnancy',
            message: `Step 2 (${steps[1]!.title}) breaks the rule "pregnancy": Nothing presses your belly.`,
          },
          {
            path: 'steps[0].dose.seconds',
            code: 'dose_out_of_bounds',
            message: 'must be from 10 to 90 seconds for this step (it is 6).',
          },
        ],
      },
      'Not saved.',
      draft.steps,
    );
    expect(problems).toEqual([
      {
        key: draft.steps[1]!.key,
        text: `Step 2, ${steps[1]!.title}: it breaks a safety limit. Nothing presses your belly.`,
      },
      {
        key: draft.steps[0]!.key,
        text: `Step 1, ${steps[0]!.title}: Seconds must be from 10 to 90 seconds for this step (it is 6).`,
      },
    ]);
  });

  it('says which plan field is wrong, or the general message when no issue is listed', () => {
    expect(
      refusalProblems(
        { issues: [{ path: 'note', code: 'too_big', message: 'At most 2000 characters.' }] },
        'Not saved.',
        draft.steps,
      ),
    ).toEqual([{ key: null, text: 'The plan note: At most 2000 characters.' }]);
    expect(refusalProblems(undefined, 'Not saved.', draft.steps)).toEqual([
      { key: null, text: 'Not saved.' },
    ]);
  });
});
