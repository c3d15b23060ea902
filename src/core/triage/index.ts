// The safety screen's public face: run triage on answers; the request and response shapes live
// in src/core/contracts/triage.ts.
export { type Comparison, type Condition, conditionHolds, parseCondition } from './condition.js';
export { type RedFlag, type RedFlagGroup, redFlagGroups } from './red-flags.js';
export { compileScreen, ruleOutcome, type Screen, type ScreenRule } from './screen.js';
export { seeSomeoneFor, type TriageResult, triage } from './triage.js';
export { actionWording, precautionWording, reasonWording } from './wording.js';
