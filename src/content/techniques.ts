// Every pressure technique, in the article's order: step 1 (buttock), step 2 (spine
// muscles and the deep groove), step 3 (hip hiker), then points the article leaves out.

import type { TechniqueEntry } from './techniques/entry.js';
import { erectorTechniques } from './techniques/erector.js';
import { glutealTechniques } from './techniques/gluteal.js';
import { gluteusMaximusTechniques } from './techniques/gluteus-maximus.js';
import { multifidusTechniques } from './techniques/multifidus.js';
import { otherPointTechniques } from './techniques/other-points.js';
import { quadratusTechniques } from './techniques/quadratus.js';

export type { TechniqueEntry } from './techniques/entry.js';

export const techniques = [
  ...glutealTechniques,
  ...erectorTechniques,
  ...multifidusTechniques,
  ...quadratusTechniques,
  ...otherPointTechniques,
  ...gluteusMaximusTechniques,
] as const satisfies readonly TechniqueEntry[];

export type TechniqueId = (typeof techniques)[number]['id'];

/** Techniques that can treat this trigger point, in the article's order. */
export const techniquesFor = (triggerPointId: string): readonly TechniqueEntry[] =>
  techniques.filter((technique) =>
    (technique.treats as readonly string[]).includes(triggerPointId),
  );
