// The plan's public face: the setup screens' frame, the plan page and its print view.

export {
  overloadPath,
  planPath,
  planPrintPath,
  preferencesPath,
  psoasCheckPath,
} from '../paths.js';
export { PlanPage } from './PlanPage.js';
export { PlanPrintPage } from './PlanPrintPage.js';
export { type MissingInput, madeFrom, type PlanInputs, planRequestFrom } from './plan-request.js';
export { keptPlan, type PlanState, usePlan } from './use-plan.js';
