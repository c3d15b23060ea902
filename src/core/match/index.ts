// The matcher: a pain map in, trigger points ranked by how well they explain it, with reasons.
export * from './match.js';
export {
  type PointScore,
  painUnits,
  type ReferralPattern,
  scorePoint,
  zoneWeights,
} from './score.js';
export { whyLine } from './why.js';
