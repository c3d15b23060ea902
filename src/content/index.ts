// The whole knowledge base in one object: what GET /api/content serves and what the matcher,
// triage, plan builder, session player and Learn pages read. Checklist items left out say why.
import { learnArticles } from './learn-articles.js';
import { mobilisations } from './mobilisations.js';
import { muscles } from './muscles.js';
import { nightPositions } from './night-positions.js';
import { overloadCauses } from './overload-causes.js';
import { psoasSelfCheck } from './psoas-self-check.js';
import { techniques } from './techniques.js';
import { tools } from './tools.js';
import { triggerPoints } from './trigger-points.js';

export { learnArticles } from './learn-articles.js';
export { mobilisations } from './mobilisations.js';
export { muscles } from './muscles.js';
export { nightPositions } from './night-positions.js';
export { overloadCauses } from './overload-causes.js';
export { psoasSelfCheck } from './psoas-self-check.js';
export type * from './schema.js';
export { type TechniqueEntry, type TechniqueId, techniques, techniquesFor } from './techniques.js';
export { tools } from './tools.js';
export {
  findTriggerPoint,
  pairOf,
  referralCaveat,
  type TriggerPointId,
  type TriggerPointPairId,
  triggerPoints,
} from './trigger-points.js';

/** Checklist items that no entry teaches, each with the reason it is left out. */
export const omitted = {
  S55: 'These are other pages of the source site. Unknot does not send people to outside sites. The movement and strength ideas that matter are in the mobilisations instead.',
} as const satisfies Readonly<Record<string, string>>;

export const content = {
  muscles,
  triggerPoints,
  techniques,
  mobilisations,
  psoasSelfCheck,
  nightPositions,
  causes: overloadCauses,
  tools,
  articles: learnArticles,
  omitted,
} as const;

export type Content = typeof content;
