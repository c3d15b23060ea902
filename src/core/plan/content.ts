// The parts of the knowledge base the plan builder reads, as one argument, so tests can hand in
// their own entries and the route hands in the real ones.
import { mobilisations } from '../../content/mobilisations.js';
import { muscles } from '../../content/muscles.js';
import { overloadCauses } from '../../content/overload-causes.js';
import type {
  Mobilisation,
  Muscle,
  OverloadCause,
  Technique,
  Tool,
  TriggerPoint,
} from '../../content/schema.js';
import { techniques } from '../../content/techniques.js';
import { tools } from '../../content/tools.js';
import { triggerPoints } from '../../content/trigger-points.js';

export interface PlanContent {
  readonly triggerPoints: readonly TriggerPoint[];
  /** In the article's order: the first that fits wins a tie. */
  readonly techniques: readonly Technique[];
  readonly mobilisations: readonly Mobilisation[];
  readonly causes: readonly OverloadCause[];
  /** For firmness: the softest tool the person has goes first, as the article advises (S16). */
  readonly tools: readonly Tool[];
  readonly muscles: readonly Muscle[];
}

export const planContent: PlanContent = {
  triggerPoints,
  techniques,
  mobilisations,
  causes: overloadCauses,
  tools,
  muscles,
};
