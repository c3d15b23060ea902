// Picks the pressure technique for one point from what the person has, where they are, their
// size and their precautions, in the article's spirit: the tool they brought, the floor or a
// wall for depth (S21, S29), the hands anywhere and in public (S31), sized rolls (S33, S34).
import type { Technique, TriggerPoint } from '../../content/schema.js';
import type { PlaceId, ToolId } from '../spec/index.js';
import type { PlanContent } from './content.js';
import { entryById } from './content-index.js';
import { isHandTool, type Offer, placeFor, toolsFor } from './offer.js';
import { type LimitId, type Precautions, techniqueBreaks, toolBreaks } from './precautions.js';
import { pressedRegions, touchesClosed } from './skip-areas.js';
import { pressureBreaks, type StepRules } from './step-check.js';

export interface ChoiceContext {
  readonly content: PlanContent;
  readonly offer: Offer;
  readonly precautions: Precautions;
  /** Regions marked to skip and their neighbours. */
  readonly closed: ReadonlySet<string>;
  /** The same limits as the final step check reads, so the choice never picks what it refuses. */
  readonly rules: StepRules;
}

export interface TechniqueChoice {
  readonly technique: Technique;
  readonly place: PlaceId;
  readonly tools: ToolId[];
  /** Precautions that ruled out an option the plan would otherwise have picked. */
  readonly shapedBy: readonly LimitId[];
  /** True when a better option was passed over because it pressed a marked area. */
  readonly avoidedArea: boolean;
}

export type ChoiceOutcome =
  | { readonly ok: true; readonly choice: TechniqueChoice }
  | {
      readonly ok: false;
      readonly because: 'precaution' | 'skipped-area' | 'no-technique';
      readonly precautions: readonly LimitId[];
    };

const dumbbellOnly = (technique: Technique): boolean =>
  technique.tools.every((tool) => tool === 'small-dumbbell');

interface Fitting {
  readonly technique: Technique;
  readonly place: PlaceId;
  readonly rank: readonly number[];
}

/** Lying on a ball goes deepest, a wall next, the hands last (S21, S29: wall or floor adds depth). */
export const depthOf = (technique: Technique): number =>
  technique.position.startsWith('lying') ? 0 : technique.position === 'standing-wall' ? 1 : 2;

function fitting(
  technique: Technique,
  index: number,
  pair: string,
  context: ChoiceContext,
): Fitting | null {
  const { content, offer } = context;
  if (technique.bodySize !== undefined && !technique.bodySize.includes(offer.bodySize)) return null;
  const tools = toolsFor(technique.tools, offer, content, () => true);
  if (tools.length === 0) return null;
  const place = placeFor(technique, offer, !tools.every(isHandTool));
  if (place === null) return null;
  const ownPair = entryById(content.triggerPoints, technique.triggerPoint)?.pair;
  const rank = [
    // A technique written for this point beats one that only also reaches it (a spine roll).
    ownPair === pair ? 0 : 1,
    // Made for this body size (racquet balls for a small back): the fewer sizes a technique is
    // meant for, the closer it fits this person. The dumbbell is opt-in (clinical review, issue
    // 16): it gains nothing from size, so a large person who also has balls gets the balls.
    dumbbellOnly(technique)
      ? Number.MAX_SAFE_INTEGER
      : (technique.bodySize?.length ?? Number.MAX_SAFE_INTEGER),
    // A ball or block the person has goes deeper than the hands.
    tools.every(isHandTool) ? 1 : 0,
    depthOf(technique),
    index,
  ];
  return { technique, place, rank };
}

const byRank = (a: Fitting, b: Fitting): number => {
  for (const [i, value] of a.rank.entries()) {
    const diff = value - (b.rank[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
};

/** What stops one fitting option: precautions, or pressing a marked area; empty if nothing. */
function blockers(option: Fitting, worked: readonly TriggerPoint[], context: ChoiceContext) {
  const { content, offer, precautions } = context;
  const allowedTools = toolsFor(option.technique.tools, offer, content, (tool) => {
    return toolBreaks(tool, precautions).length === 0;
  });
  const toolProblems =
    allowedTools.length > 0
      ? []
      : option.technique.tools
          .filter((tool) => offer.tools.has(tool))
          .flatMap((tool) => toolBreaks(tool, precautions));
  const pressed = pressedRegions(option.technique, content.triggerPoints, worked);
  // Marked areas count as `area` below; every other rule on where it presses is a precaution.
  const byRegion = pressureBreaks(pressed, { ...context.rules, closed: new Set() });
  const byPrecaution = [
    ...techniqueBreaks(option.technique, precautions),
    ...toolProblems,
    ...byRegion,
  ];
  return {
    precautions: [...new Set(byPrecaution)],
    area: touchesClosed(pressed, context.closed),
    tools: allowedTools,
  };
}

/** The best technique for these sides of one point pair, or why none can be used. */
export function chooseTechnique(
  worked: readonly TriggerPoint[],
  context: ChoiceContext,
): ChoiceOutcome {
  const pair = worked[0]?.pair;
  const ids = new Set(worked.map((point) => point.id));
  const options = context.content.techniques
    .flatMap((technique, index) =>
      technique.treats.some((id) => ids.has(id))
        ? [fitting(technique, index, pair ?? '', context)]
        : [],
    )
    .filter((option): option is Fitting => option !== null)
    .sort(byRank);

  const shapedBy = new Set<LimitId>();
  let avoidedArea = false;
  for (const option of options) {
    const blocked = blockers(option, worked, context);
    if (blocked.precautions.length === 0 && !blocked.area) {
      return {
        ok: true,
        choice: {
          technique: option.technique,
          place: option.place,
          tools: blocked.tools,
          shapedBy: [...shapedBy],
          avoidedArea,
        },
      };
    }
    for (const id of blocked.precautions) shapedBy.add(id);
    avoidedArea ||= blocked.area;
  }
  if (options.length === 0) return { ok: false, because: 'no-technique', precautions: [] };
  return shapedBy.size > 0
    ? { ok: false, because: 'precaution', precautions: [...shapedBy] }
    : { ok: false, because: 'skipped-area', precautions: [] };
}
