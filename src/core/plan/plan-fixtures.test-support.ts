// What the plan tests share: a request that goes through the real request check, and lookups
// of the content entries a step names, so tests read each step's own fields.
import { mobilisations } from '../../content/mobilisations.js';
import type { Mobilisation, Technique } from '../../content/schema.js';
import { techniques } from '../../content/techniques.js';
import { triggerPoints } from '../../content/trigger-points.js';
import { type PlanResponse, type PlanStep, validatePlanRequest } from '../contracts/plan.js';
import { buildPlan } from './build-plan.js';

/** Builds the plan for a request body, failing the test if the body is not valid. */
export function planFor(body: unknown): PlanResponse {
  const request = validatePlanRequest(body);
  if (!request.ok) throw new Error(`invalid test request: ${request.message}`);
  return buildPlan(request.value);
}

export const techniqueOf = (step: PlanStep): Technique => {
  const found = techniques.find((technique) => technique.id === step.technique);
  if (found === undefined) throw new Error(`step ${step.id} names no known technique`);
  return found;
};

export const mobilisationOf = (step: PlanStep): Mobilisation => {
  const found = mobilisations.find((mobilisation) => mobilisation.id === step.id);
  if (found === undefined) throw new Error(`step ${step.id} is no known mobilisation`);
  return found;
};

export const pointOf = (id: string) => {
  const found = triggerPoints.find((point) => point.id === id);
  if (found === undefined) throw new Error(`${id} is no known trigger point`);
  return found;
};

export const pointSteps = (plan: PlanResponse) =>
  plan.steps.filter((step) => step.kind === 'trigger-point');

/** Pain across the left low back and into the top of the back of the thigh (S18). */
export const lowBackIntoThigh = [
  { id: 'low-back-left', intensity: 6 },
  { id: 'thigh-back-upper-left', intensity: 5 },
];
