// What the person has to work with today: tools (the hands always count), places and size, and
// how an entry from content is fitted to them: which place to name and which tool to use.
import type { BodySize } from '../contracts/plan.js';
import { handTools, type PlaceId, type ToolId } from '../spec/index.js';
import type { PlanContent } from './content.js';
import { entryById } from './content-index.js';

export interface Offer {
  readonly tools: ReadonlySet<ToolId>;
  readonly places: ReadonlySet<PlaceId>;
  readonly bodySize: BodySize;
}

/** The hands need nothing and go everywhere, so they are always offered (API contract). */
export const offerOf = (preferences: {
  readonly tools: readonly ToolId[];
  readonly places: readonly PlaceId[];
  readonly bodySize: BodySize;
}): Offer => ({
  tools: new Set([...handTools, ...preferences.tools]),
  places: new Set(preferences.places),
  bodySize: preferences.bodySize,
});

export const isHandTool = (tool: ToolId): boolean => handTools.includes(tool);

type Position =
  | 'lying-on-back'
  | 'lying-on-side'
  | 'lying-face-down'
  | 'standing-wall'
  | 'standing'
  | 'sitting';

/**
 * Which offered place to name for an entry that works in several. Lying work goes on the
 * firmest surface (the article prefers a hard floor), standing work by a wall so the person can
 * lean for more pressure, seated work on a chair; `public` last, as it limits the step to hands.
 */
const placeOrder: Readonly<Record<Position, readonly PlaceId[]>> = {
  'lying-on-back': ['floor', 'massage-table', 'bed'],
  'lying-on-side': ['floor', 'massage-table', 'bed'],
  'lying-face-down': ['floor', 'massage-table', 'bed'],
  'standing-wall': ['wall'],
  standing: ['wall', 'floor', 'chair', 'massage-table', 'bed', 'public'],
  sitting: ['chair', 'wall', 'floor', 'massage-table', 'bed', 'public'],
};

/** The offered place this entry names first, or null when it fits none of them. */
export function placeFor(
  entry: { readonly places: readonly PlaceId[]; readonly position: Position },
  offer: Offer,
  needsTool: boolean,
): PlaceId | null {
  const usable = (place: PlaceId) =>
    entry.places.includes(place) && offer.places.has(place) && !(needsTool && place === 'public');
  return (
    placeOrder[entry.position].find(usable) ?? entry.places.find((place) => usable(place)) ?? null
  );
}

/** Softest first (S16): start with a tennis ball, go firmer only if it is not enough. */
export const firmnessOf = (content: PlanContent, tool: ToolId): number =>
  entryById(content.tools, tool)?.firmnessOrder ?? Number.MAX_SAFE_INTEGER;

/**
 * The tools a technique would use from what is offered: the softest offered object (a ball,
 * block or weight) when it takes one, else the hands it names. Empty when nothing fits.
 */
export function toolsFor(
  techniqueTools: readonly ToolId[],
  offer: Offer,
  content: PlanContent,
  allowed: (tool: ToolId) => boolean,
): ToolId[] {
  const usable = techniqueTools.filter((tool) => offer.tools.has(tool) && allowed(tool));
  const objects = usable
    .filter((tool) => !isHandTool(tool))
    .sort((a, b) => firmnessOf(content, a) - firmnessOf(content, b));
  if (objects.length > 0) return [objects[0]!];
  return usable.filter(isHandTool);
}
