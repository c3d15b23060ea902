// The plan a therapist is editing, as plain data and pure changes: start from the suggested
// plan (or the plan assigned before), remove, reorder, change technique, tool and dose within
// the safe bounds, add a point or a movement, write notes; then the body the server checks.
import { mobilisations } from '../../../content/mobilisations.js';
import type { Mobilisation } from '../../../content/schema.js';
import { techniquesFor } from '../../../content/techniques.js';
import { findTriggerPoint } from '../../../content/trigger-points.js';
import type { PlanStep } from '../../../core/contracts/plan.js';
import { MAX_ASSIGNED_STEPS, MAX_NOTE_CHARS } from '../../../core/contracts/therapist-work.js';
import { clampTo, doseBounds } from './dose-bounds.js';

export interface DraftStep {
  /** Stays with the step while it moves, so React and focus follow it. */
  readonly key: string;
  readonly step: PlanStep;
  readonly note: string;
}

export interface PlanDraft {
  readonly steps: readonly DraftStep[];
  readonly sessionsPerWeek: number;
  readonly note: string;
}

export { MAX_ASSIGNED_STEPS as MAX_STEPS, MAX_NOTE_CHARS as MAX_NOTE };

let made = 0;
const newKey = (): string => `step-${++made}`;

export function draftFrom(
  steps: readonly (PlanStep & { readonly note?: string })[],
  sessionsPerWeek: number,
  note = '',
): PlanDraft {
  return {
    steps: steps.map(({ note: stepNote, ...step }) => ({
      key: newKey(),
      step: step as PlanStep,
      note: stepNote ?? '',
    })),
    sessionsPerWeek,
    note,
  };
}

const mapStep = (
  draft: PlanDraft,
  key: string,
  change: (step: DraftStep) => DraftStep,
): PlanDraft => ({
  ...draft,
  steps: draft.steps.map((entry) => (entry.key === key ? change(entry) : entry)),
});

export const removeStep = (draft: PlanDraft, key: string): PlanDraft => ({
  ...draft,
  steps: draft.steps.filter((entry) => entry.key !== key),
});

/** Moves a step one place up (-1) or down (+1); at either end nothing changes. */
export function moveStep(draft: PlanDraft, key: string, by: -1 | 1): PlanDraft {
  const from = draft.steps.findIndex((entry) => entry.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved!);
  return { ...draft, steps };
}

/** A new dose, each number kept inside the step's bounds. */
export function setDose(
  draft: PlanDraft,
  key: string,
  dose: { readonly seconds?: number; readonly reps?: number },
): PlanDraft {
  return mapStep(draft, key, (entry) => {
    const bounds = doseBounds(entry.step);
    const current = entry.step.dose;
    return {
      ...entry,
      step: {
        ...entry.step,
        dose: {
          ...current,
          seconds:
            dose.seconds === undefined ? current.seconds : clampTo(dose.seconds, bounds.seconds),
          reps: dose.reps === undefined ? current.reps : clampTo(dose.reps, bounds.reps),
        },
      },
    };
  });
}

export const setStepNote = (draft: PlanDraft, key: string, note: string): PlanDraft =>
  mapStep(draft, key, (entry) => ({ ...entry, note: note.slice(0, MAX_NOTE_CHARS) }));

export const setTool = (draft: PlanDraft, key: string, tool: string): PlanDraft =>
  mapStep(draft, key, (entry) => ({
    ...entry,
    step: { ...entry.step, tools: [tool as PlanStep['tools'][number]] },
  }));

/** The techniques that can work this step's point; empty for a movement. */
export function techniqueChoices(step: PlanStep) {
  return step.kind === 'trigger-point' && step.triggerPoint !== null
    ? techniquesFor(step.triggerPoint)
    : [];
}

type TechniqueEntry = ReturnType<typeof techniquesFor>[number];

/** A point step done with this technique: its name, cues, first tool, place and usual dose. */
function withTechnique(step: PlanStep, technique: TechniqueEntry): PlanStep {
  const places = technique.places as readonly PlanStep['place'][];
  const tools = technique.tools as readonly PlanStep['tools'][number][];
  return {
    ...step,
    technique: technique.id,
    title: technique.name,
    cues: { ...technique.cues },
    tools: tools.includes(step.tools[0]!) ? [step.tools[0]!] : [tools[0]!],
    place: places.includes(step.place) ? step.place : places[0]!,
    dose: {
      mode: technique.dose.mode,
      seconds: technique.dose.seconds,
      reps: technique.dose.reps.min,
    },
    safety: [...(technique.safety ?? [])],
    precautions: [],
  };
}

export function setTechnique(draft: PlanDraft, key: string, techniqueId: string): PlanDraft {
  return mapStep(draft, key, (entry) => {
    const technique = techniqueChoices(entry.step).find((t) => t.id === techniqueId);
    return technique === undefined
      ? entry
      : { ...entry, step: withTechnique(entry.step, technique) };
  });
}

const addStep = (draft: PlanDraft, step: PlanStep): PlanDraft =>
  draft.steps.length >= MAX_ASSIGNED_STEPS
    ? draft
    : { ...draft, steps: [...draft.steps, { key: newKey(), step, note: '' }] };

/** A point on one side, with its first technique; the therapist can change it after. */
export function addPointStep(draft: PlanDraft, pointId: string): PlanDraft {
  const point = findTriggerPoint(pointId);
  const technique = techniquesFor(pointId)[0];
  if (point === undefined || technique === undefined) return draft;
  const base: PlanStep = {
    kind: 'trigger-point',
    id: point.id,
    triggerPoint: point.id,
    technique: technique.id,
    step: point.step,
    side: point.side,
    tools: [],
    place: 'floor',
    dose: { mode: 'hold', seconds: 0, reps: 0 },
    why: 'Your therapist added this point.',
    title: technique.name,
    cues: { ...technique.cues },
    triggerPoints: [point.id],
    score: null,
    precautions: [],
    safety: [],
    estimatedSeconds: 0,
  };
  return addStep(draft, withTechnique(base, technique));
}

/** A release or movement from the content, done on the left first when it has sides. */
export function addMovementStep(draft: PlanDraft, mobilisationId: string): PlanDraft {
  const movement: Mobilisation | undefined = mobilisations.find(
    (entry) => entry.id === mobilisationId,
  );
  if (movement === undefined) return draft;
  const step: PlanStep = {
    kind: 'mobilisation',
    id: movement.id,
    triggerPoint: null,
    technique: null,
    step: null,
    side: movement.cues.switchSide === undefined ? null : 'both',
    tools: [...movement.tools] as PlanStep['tools'],
    place: movement.places[0] as PlanStep['place'],
    dose: {
      mode: movement.dose.mode === 'reps' ? 'hold' : movement.dose.mode,
      seconds: movement.dose.seconds,
      reps: movement.dose.reps,
    },
    why: 'Your therapist added this movement.',
    title: movement.name,
    cues: { ...movement.cues },
    triggerPoints: [],
    score: null,
    precautions: [],
    safety: [...(movement.safety ?? [])],
    estimatedSeconds: 0,
  };
  return addStep(draft, step);
}

/** The body of PUT .../plans/{planId}: the steps in order, each with its note. */
export function assignedPlanBody(draft: PlanDraft) {
  return {
    steps: draft.steps.map((entry) => ({ ...entry.step, note: entry.note.trim() })),
    sessionsPerWeek: draft.sessionsPerWeek,
    note: draft.note.trim(),
  };
}
