// What the device keeps for a plan, read together and turned into the plan request, so the plan
// page and the print view agree on which plan belongs to today's answers.
import type { PlanRequestInput } from '../../core/contracts/plan.js';
import type { Result } from '../../core/result.js';
import { leftOutSteps } from '../../core/session/index.js';
import {
  overloadRecord,
  painMapRecord,
  preferencesRecord,
  psoasCheckRecord,
  safetyRecord,
  sessionLogsRecord,
} from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { type MissingInput, planRequestFrom } from './plan-request.js';

export function usePlanRequest(): Result<PlanRequestInput, MissingInput> {
  const logs = useDeviceRecord(sessionLogsRecord);
  return planRequestFrom({
    leaveOut: leftOutSteps(logs ?? []).map((step) => step.triggerPoint ?? step.id),
    painMap: useDeviceRecord(painMapRecord),
    safety: useDeviceRecord(safetyRecord),
    preferences: useDeviceRecord(preferencesRecord),
    psoasCheck: useDeviceRecord(psoasCheckRecord),
    overload: useDeviceRecord(overloadRecord),
  });
}
