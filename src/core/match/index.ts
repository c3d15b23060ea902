// The matcher: a pain map in, trigger points ranked by how well they explain it, with reasons.

export {
  type FoundPoint,
  foundNotTenderWords,
  foundTenderWords,
  foundTier,
  type RankedPoint,
  rankWithFindings,
  reproducedWords,
} from './found-points.js';
export * from './match.js';
export {
  type PointScore,
  painUnits,
  type ReferralPattern,
  scorePoint,
  zoneWeights,
} from './score.js';
export { whyLine } from './why.js';
