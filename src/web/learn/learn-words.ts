// The plain words the Learn pages show for the knowledge base's ids and numbers: places,
// positions, sizes, doses and body regions, so no page shows a raw id.
import type { ContentResponse } from '../../core/contracts/content.js';
import { specRegions } from '../../core/spec/index.js';

type Technique = ContentResponse['techniques'][number];
type Mobilisation = ContentResponse['mobilisations'][number];
type Tool = ContentResponse['tools'][number];

export const placeWords: Readonly<Record<string, string>> = {
  floor: 'on the floor',
  wall: 'against a wall',
  bed: 'in bed',
  'massage-table': 'on a massage table',
  chair: 'on a chair',
  public: 'out and about',
};

export const positionWords: Readonly<Record<string, string>> = {
  'lying-on-back': 'Lying on your back',
  'lying-on-side': 'Lying on your side',
  'lying-face-down': 'Lying face down',
  'standing-wall': 'Standing against a wall',
  standing: 'Standing',
  sitting: 'Sitting',
};

const toolSizeWords: Readonly<Record<Tool['size'], string>> = {
  hand: 'Your own hands',
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};

export const toolSizeText = (size: Tool['size']): string => toolSizeWords[size];

/** Words joined as people say them: "a, b and c", or "a, b or c" for choices. */
export function spokenList(words: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}

/** Where a method works, e.g. "On the floor or in bed"; every place reads "Anywhere". */
export function placesText(places: readonly string[]): string {
  if (Object.keys(placeWords).every((place) => places.includes(place))) return 'Anywhere';
  const text = spokenList(
    places.map((place) => placeWords[place] ?? place),
    'or',
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** e.g. "2 of 6"; the ends say which end they are. */
export function firmnessText(order: number, firmest: number): string {
  if (order === 1) return `1 of ${firmest}, the softest`;
  if (order === firmest) return `${order} of ${firmest}, the firmest`;
  return `${order} of ${firmest}`;
}

/** "10 seconds", "1 minute", "5 minutes": whole minutes read easier from two minutes on. */
export function durationText(seconds: number): string {
  if (seconds >= 120 && seconds % 60 === 0) return `${seconds / 60} minutes`;
  if (seconds === 60) return '1 minute';
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

const timesText = (times: number): string =>
  times === 1 ? 'once' : times === 2 ? 'twice' : `${times} times`;

const techniqueVerbs: Readonly<Record<Technique['dose']['mode'], string>> = {
  hold: 'Press and hold',
  circles: 'Press and make small circles',
  roll: 'Roll slowly up and down',
};

/** e.g. "Press and hold for 10 seconds. Do this 3 or 4 times." */
export function techniqueDoseText(dose: Technique['dose']): string {
  const { min, max } = dose.reps;
  const times = min === max ? timesText(min) : `${min} or ${max} times`;
  return `${techniqueVerbs[dose.mode]} for ${durationText(dose.seconds)}. Do this ${times}.`;
}

/** e.g. "30 to 90 seconds". */
export function longerHoldText(longerHold: Technique['dose']['longerHold']): string {
  const [shortest, longest] = longerHold.seconds;
  return `${shortest} to ${longest} seconds`;
}

/** e.g. "Hold for 1 minute. Do this twice." or "Stay for about 5 minutes." */
export function mobilisationDoseText(dose: Mobilisation['dose']): string {
  if (dose.mode === 'position') return `Stay for about ${durationText(dose.seconds)}.`;
  if (dose.mode === 'hold') {
    return `Hold for ${durationText(dose.seconds)}. Do this ${timesText(dose.reps)}.`;
  }
  return `Do it ${timesText(dose.reps)}, about ${durationText(dose.seconds)} each time.`;
}

const sideSuffix = / \((left|right)\)$/;

/** A point's or region's name without its side: both sides read the same on a Learn page. */
export const withoutSide = (name: string): string => name.replace(sideSuffix, '');

const regionNames: ReadonlyMap<string, string> = new Map(
  specRegions.map((region) => [region.id, withoutSide(region.name)]),
);

/** A body region's plain name, without its side, e.g. "Low back beside the spine". */
export const regionName = (id: string): string => regionNames.get(id) ?? id;

/** The Learn index's own headings, lines and links. */
export const learnIndexWords = {
  title: 'Learn',
  back: 'Back to the start',
  lead: 'Short, plain reads about back pain and muscle knots: what they are, how to press them safely, and when to get help.',
  sections: {
    articles: 'Articles',
    muscles: 'Muscles and trigger points',
    practice: 'Ways to press and move',
    tools: 'Tools',
    more: 'More help',
  },
  musclesIntro:
    'Where each muscle is, what it does, how to find its trigger points, and where they tend to send pain.',
  musclesLink: 'Muscles and their trigger points',
  techniques: 'Techniques and gentle movements',
  psoas: 'The psoas self-check',
  toolsIntro: 'Your hands are enough to start. Each tool has a stand-in you likely have at home.',
  toolsLink: 'Tools, softest to firmest',
  night: 'Rest positions for a bad night',
  causes: 'What overloads a muscle',
} as const;
