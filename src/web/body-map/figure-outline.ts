// The drawn person behind the regions: body outline, hair or face, and a few anatomy lines
// (spine, shoulder blades, navel, knees) that help a person find their own body in it.
import type { View } from '../../core/spec/index.js';
import { mirrorRuns, openPath, type Point, type Run } from './smooth-outline.js';

/** The drawing space every figure shares, in SVG user units. */
export const figureViewBox = { x: 16, y: 4, width: 168, height: 426 } as const;

// The viewer's left half of the outline, from the crown down the outside of the arm, round
// the hand, up into the armpit, down the side to the foot and up the inner leg to the
// crotch. Corners sit where the line turns sharply (neck, armpit, ankle).
const headAndArm: readonly Run[] = [
  [
    [100, 12],
    [90, 14],
    [83, 21],
    [80, 31],
    [80, 42],
    [82, 52],
    [86, 59],
    [90, 63],
  ],
  [
    [90, 63],
    [91, 70],
  ],
  [
    [91, 70],
    [86, 76],
    [76, 80],
    [64, 84],
    [54, 88],
    [46, 93],
    [41, 101],
    [38, 112],
    [36, 127],
    [34, 146],
    [32, 165],
    [31, 181],
    [29, 200],
    [27, 220],
    [26, 238],
    [25, 251],
    [26, 263],
    [29, 272],
    [34, 276],
    [39, 274],
    [41, 265],
    [41, 253],
    [42, 240],
    [44, 222],
    [46, 202],
    [48, 183],
    [50, 163],
    [52, 143],
    [55, 127],
    [57, 119],
  ],
  [
    [57, 119],
    [58, 135],
    [59, 150],
    [60, 165],
    [59, 178],
    [57, 190],
    [54, 204],
    [52, 218],
    [51, 231],
    [52, 250],
    [55, 275],
    [58, 300],
    [60, 312],
    [59, 326],
    [57, 342],
    [59, 360],
    [63, 378],
    [65, 390],
  ],
];

// Seen from behind the foot is mostly heel; seen face on it spreads forward with the toes.
const footFromBehind: Run = [
  [65, 390],
  [65, 404],
  [68, 413],
  [76, 417],
  [85, 416],
  [90, 409],
  [90, 398],
  [89, 386],
];
const footFromFront: Run = [
  [65, 390],
  [61, 402],
  [58, 413],
  [60, 421],
  [70, 425],
  [84, 425],
  [92, 420],
  [93, 409],
  [90, 396],
  [89, 386],
];
const innerLeg: Run = [
  [89, 386],
  [89, 372],
  [92, 350],
  [93, 332],
  [92, 318],
  [93, 305],
  [95, 285],
  [97, 262],
  [98, 250],
  [100, 243],
];

function halfOutline(view: View): readonly Run[] {
  return [...headAndArm, view === 'back' ? footFromBehind : footFromFront, innerLeg];
}

/** The outline as two open strokes, one per half, so the midline itself is never drawn. */
export function outlineStrokes(view: View): readonly string[] {
  const half = halfOutline(view);
  return [openPath(half), openPath(mirrorRuns(half))];
}

/**
 * The filled body as two shapes, one per half, each closed a hair past the midline so no
 * seam shows. Two shapes, not one path: the mirrored half winds the other way, and in one
 * path the overlap would cancel out and leave a pale line down the middle.
 */
export function bodyFills(view: View): readonly string[] {
  const close = (runs: readonly Run[], x: number): string =>
    `${openPath(runs)} L ${x} 243 L ${x} 12 Z`;
  const half = halfOutline(view);
  return [close(half, 100.6), close(mirrorRuns(half), 99.4)];
}

const line = (...points: Point[]): string => openPath([points]);
const both = (...points: Point[]): string[] => [line(...points), openPath(mirrorRuns([points]))];

/** Hair seen from behind covers most of the head; from the front it frames the face. */
export function hair(view: View): string {
  return view === 'back'
    ? openPath([
        [
          [100, 11],
          [89, 13],
          [81, 21],
          [79, 33],
          [81, 46],
          [86, 55],
          [93, 58],
          [100, 57],
          [107, 58],
          [114, 55],
          [119, 46],
          [121, 33],
          [119, 21],
          [111, 13],
          [100, 11],
        ],
      ])
    : openPath([
        [
          [80, 36],
          [81, 23],
          [89, 14],
          [100, 11],
          [111, 14],
          [119, 23],
          [120, 36],
          [114, 24],
          [104, 20],
          [96, 20],
          [86, 24],
          [80, 36],
        ],
      ]);
}

/**
 * Thin lines for landmarks a person knows on their own body. Lines that would run along a
 * region's edge (ribs, hip bone, buttock fold) are left out: the edge already draws them.
 */
export function landmarks(view: View): readonly string[] {
  if (view === 'back') {
    return [
      line([100, 62], [100, 226]),
      ...both([79, 92], [77, 114], [71, 138], [62, 124], [57, 103]),
      line([100, 226], [100, 241]),
      ...both([68, 314], [78, 317], [89, 314]),
      ...both([32, 180], [40, 184], [47, 182]),
    ];
  }
  return [
    ...both([70, 310], [77, 305], [85, 308], [86, 318], [77, 322], [70, 317], [70, 310]),
    ...both([89, 64], [92, 76], [96, 88]),
  ];
}

/** Small face features on the front view: a person facing you, not a back of a head. */
export function face(view: View): readonly string[] {
  if (view === 'back') return [];
  return [
    line([90, 38], [93, 36.5], [96, 38]),
    line([104, 38], [107, 36.5], [110, 38]),
    line([100, 40], [99, 46], [101, 47]),
    line([94, 53], [100, 55.5], [106, 53]),
  ];
}

/** The navel, drawn as a small ring on the front view. */
export const navel: { readonly cx: number; readonly cy: number; readonly r: number } = {
  cx: 100,
  cy: 172,
  r: 1.8,
};
