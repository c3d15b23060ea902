import { describe, expect, it } from 'vitest';
import { validatePlanRequest } from '../../../core/contracts/plan.js';
import { buildPlan } from '../../../core/plan/index.js';
import {
  addMovementStep,
  addPointStep,
  assignedPlanBody,
  draftFrom,
  moveStep,
  removeStep,
  setDose,
  setStepNote,
  setTechnique,
  techniqueChoices,
} from './plan-draft.js';

// A suggested plan as the server would build it: pain low on the left, a ball on the floor.
const checked = validatePlanRequest({
  regions: [
    { id: 'low-back-left', intensity: 6 },
    { id: 'buttock-upper-left', intensity: 5 },
  ],
  answers: { age: 40 },
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium', minutes: 30 },
});
if (!checked.ok) throw new Error(checked.message);
const suggested = buildPlan(checked.value);
const start = draftFrom(suggested.steps, 3);
const pointKey = start.steps.find((entry) => entry.step.kind === 'trigger-point')!.key;

describe("the therapist's plan draft", () => {
  it('starts from the suggested plan, step for step', () => {
    expect(start.steps.map((entry) => entry.step.id)).toEqual(
      suggested.steps.map((step) => step.id),
    );
    expect(start.steps.length).toBeGreaterThan(1);
  });

  it('removes a step and moves another, keeping the rest in order', () => {
    const [first, second] = start.steps;
    const removed = removeStep(start, first!.key);
    expect(removed.steps).toHaveLength(start.steps.length - 1);
    expect(removed.steps[0]!.key).toBe(second!.key);
    const moved = moveStep(start, second!.key, -1);
    expect(moved.steps.slice(0, 2).map((entry) => entry.key)).toEqual([second!.key, first!.key]);
    expect(moveStep(start, first!.key, -1)).toBe(start);
  });

  it('keeps a hold within 10-90 seconds and 1-6 times', () => {
    const longer = setDose(start, pointKey, { seconds: 400, reps: 9 });
    const dose = longer.steps.find((entry) => entry.key === pointKey)!.step.dose;
    expect(dose.seconds).toBe(90);
    expect(dose.reps).toBe(6);
    const shorter = setDose(start, pointKey, { seconds: 1, reps: 0 });
    expect(shorter.steps.find((entry) => entry.key === pointKey)!.step.dose.reps).toBe(1);
  });

  it("changes the technique to another for the same point, with that technique's tool and dose", () => {
    const step = start.steps.find((entry) => entry.key === pointKey)!.step;
    const other = techniqueChoices(step).find((t) => t.id !== step.technique);
    if (other === undefined) throw new Error('The point has only one technique');
    const changed = setTechnique(start, pointKey, other.id).steps.find((e) => e.key === pointKey)!;
    expect(changed.step.technique).toBe(other.id);
    expect(changed.step.title).toBe(other.name);
    expect(other.tools).toContain(changed.step.tools[0]);
  });

  it('adds a point and a movement at the end, and sends each note as text', () => {
    const added = addMovementStep(addPointStep(start, 'piriformis-point-right'), 'knee-to-chest');
    const body = assignedPlanBody(
      setStepNote({ ...added, note: '  Go gently.  ' }, pointKey, 'Slowly <b>'),
    );
    const ids = body.steps.map((step) => step.id);
    expect(ids).toContain('piriformis-point-right');
    expect(body.note).toBe('Go gently.');
    expect(body.steps.find((step) => step.note === 'Slowly <b>')).toBeDefined();
    expect(body.sessionsPerWeek).toBe(3);
  });
});
