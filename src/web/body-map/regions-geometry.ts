// Where each body-map region sits on the drawn figure: its view, its outline as SVG path
// data and the point where its pain number goes. Data only; behaviour lives elsewhere.
import type { View } from '../../core/spec/index.js';
import {
  closedPath,
  loopPath,
  mirrorPoint,
  mirrorRuns,
  type Point,
  type Run,
  reversed as rev,
} from './smooth-outline.js';

export type { View } from '../../core/spec/index.js';

export interface RegionShape {
  readonly view: View;
  /** SVG path data in the figure's viewBox units. */
  readonly d: string;
  /** Inside the shape, where its pain number is drawn and where arrow keys measure from. */
  readonly anchor: Point;
  /** The lowest y the outline's points reach, for cropping a drawing below its shaded part. */
  readonly bottom: number;
}

// Each paired region is sketched once, on the viewer's left half of the figure, and mirrored
// onto the other half. On the back view (seen from behind) the viewer's left is the person's
// left; on the front view (seen face on) it is the person's right.
interface Sketch {
  readonly view: View;
  /** Runs of points traced in order around the shape, or one smooth loop. */
  readonly outline: readonly Run[] | { readonly loop: readonly Point[] };
  readonly anchor: Point;
}

const m = (run: Run): Run => mirrorRuns([run])[0]!;

// Back view, person's left. Runs shared by two regions are named once and traced forwards
// by one region and backwards by the other, so neighbours meet edge to edge. x = 93 is the
// edge of the spine strip; the midline is x = 100.
const spineNeck: Run = [
  [93, 67],
  [93, 90],
];
const spineUpper: Run = [
  [93, 90],
  [93, 138],
];
const spineMid: Run = [
  [93, 138],
  [93, 158],
];
const spineLow: Run = [
  [93, 158],
  [93, 194],
];
const spineSacroiliac: Run = [
  [93, 194],
  [93, 215],
];
const sacrumSide: Run = [
  [93, 215],
  [94, 222],
];
const tailboneSide: Run = [
  [94, 222],
  [94.5, 236],
];
const neckBaseTop: Run = [
  [73, 83],
  [81, 78],
  [88, 72],
  [93, 67],
];
const neckBaseBottom: Run = [
  [93, 90],
  [86, 91],
  [79, 90],
];
const neckBaseSide: Run = [
  [79, 90],
  [73, 83],
];
const bladeInner: Run = [
  [79, 90],
  [78, 114],
  [79, 138],
];
const bladeOuter: Run = [
  [73, 83],
  [63, 86],
  [55, 92],
  [52, 102],
  [56, 114],
  [60, 124],
  [61, 134],
  [64, 140],
];
const bladeLower: Run = [
  [64, 140],
  [72, 141],
  [79, 138],
];
const betweenBladesLower: Run = [
  [79, 138],
  [86, 139],
  [93, 138],
];
const midBackSide: Run = [
  [62, 156],
  [62, 148],
  [64, 140],
];
const flankTop: Run = [
  [62, 156],
  [70, 157],
  [78, 157],
];
const lowBackTop: Run = [
  [78, 157],
  [86, 158],
  [93, 158],
];
const flankInner: Run = [
  [78, 157],
  [78, 184],
];
const flankSide: Run = [
  [61, 189],
  [62, 178],
  [62.5, 166],
  [62, 156],
];
const crestTop: Run = [
  [61, 189],
  [69, 184],
  [78, 184],
];
const lowBackCrest: Run = [
  [78, 184],
  [81, 188],
];
const lowBackSacroiliac: Run = [
  [81, 188],
  [86, 191],
  [93, 194],
];
const crestSacroiliac: Run = [
  [81, 188],
  [80, 202],
];
const crestHip: Run = [
  [56, 205],
  [61, 202],
  [66, 200],
];
const crestButtock: Run = [
  [66, 200],
  [73, 199],
  [80, 202],
];
const crestSide: Run = [
  [56, 205],
  [58, 197],
  [61, 189],
];
const sacroiliacButtockUpper: Run = [
  [80, 202],
  [85, 215],
];
const sacroiliacButtockLower: Run = [
  [85, 215],
  [93, 215],
];
const buttockSplit: Run = [
  [85, 215],
  [76, 219],
  [67, 222],
];
const hipButtockUpper: Run = [
  [66, 200],
  [67, 222],
];
const hipButtockLower: Run = [
  [67, 222],
  [69, 245],
];
const hipOuter: Run = [
  [55, 243],
  [54, 230],
  [54.5, 218],
  [56, 205],
];
const hipThigh: Run = [
  [69, 245],
  [62, 245],
  [55, 243],
];
const buttockCleft: Run = [
  [94.5, 236],
  [96.5, 249],
];
const buttockFold: Run = [
  [96.5, 249],
  [88, 253],
  [76, 251],
  [69, 245],
];
const thighSideUpper: Run = [
  [69, 245],
  [71, 273],
];
const thighSideLower: Run = [
  [71, 273],
  [72, 288],
  [73, 302],
];
const thighBackMiddle: Run = [
  [71, 273],
  [84, 274],
  [95, 274],
];
const thighInnerUpper: Run = [
  [96.5, 249],
  [96, 262],
  [95, 274],
];
const thighInnerLower: Run = [
  [95, 274],
  [93.5, 290],
  [92, 302],
];
const thighBackKnee: Run = [
  [92, 302],
  [82, 304],
  [73, 302],
];
const thighSideKnee: Run = [
  [73, 302],
  [67, 303],
  [61, 300],
];
const thighSideOuter: Run = [
  [61, 300],
  [58, 280],
  [56, 260],
  [55, 243],
];
const thoracicLower: Run = [
  [93, 158],
  [100, 159],
  [107, 158],
];
const lumbarLower: Run = [
  [93, 194],
  [100, 195],
  [107, 194],
];
const tailboneTop: Run = [
  [94, 222],
  [100, 223],
  [106, 222],
];

const backPairs: Readonly<Record<string, Sketch>> = {
  'neck-base': {
    view: 'back',
    outline: [spineNeck, neckBaseBottom, neckBaseSide, neckBaseTop],
    anchor: [87, 84],
  },
  'between-shoulder-blades': {
    view: 'back',
    outline: [rev(neckBaseBottom), spineUpper, rev(betweenBladesLower), rev(bladeInner)],
    anchor: [85.5, 112.5],
  },
  'shoulder-blade': {
    view: 'back',
    outline: [bladeOuter, bladeLower, rev(bladeInner), neckBaseSide],
    anchor: [67, 104],
  },
  'mid-back': {
    view: 'back',
    outline: [
      bladeLower,
      betweenBladesLower,
      spineMid,
      rev(lowBackTop),
      rev(flankTop),
      midBackSide,
    ],
    anchor: [84, 148.5],
  },
  flank: {
    view: 'back',
    outline: [flankTop, flankInner, rev(crestTop), flankSide],
    anchor: [70, 166],
  },
  'low-back': {
    view: 'back',
    outline: [lowBackTop, spineLow, rev(lowBackSacroiliac), rev(lowBackCrest), rev(flankInner)],
    anchor: [85.5, 166],
  },
  'iliac-crest': {
    view: 'back',
    outline: [crestTop, lowBackCrest, crestSacroiliac, rev(crestButtock), rev(crestHip), crestSide],
    anchor: [72.5, 192],
  },
  sacroiliac: {
    view: 'back',
    outline: [
      lowBackSacroiliac,
      spineSacroiliac,
      rev(sacroiliacButtockLower),
      rev(sacroiliacButtockUpper),
      rev(crestSacroiliac),
    ],
    anchor: [87, 200],
  },
  'buttock-upper': {
    view: 'back',
    outline: [crestButtock, sacroiliacButtockUpper, buttockSplit, rev(hipButtockUpper)],
    anchor: [73.5, 209.5],
  },
  'buttock-lower': {
    view: 'back',
    outline: [
      sacroiliacButtockLower,
      sacrumSide,
      tailboneSide,
      buttockCleft,
      buttockFold,
      rev(hipButtockLower),
      rev(buttockSplit),
    ],
    anchor: [82, 233],
  },
  'hip-side': {
    view: 'back',
    outline: [crestHip, hipButtockUpper, hipButtockLower, hipThigh, hipOuter],
    anchor: [61, 231],
  },
  'thigh-side': {
    view: 'back',
    outline: [rev(hipThigh), thighSideUpper, thighSideLower, thighSideKnee, thighSideOuter],
    anchor: [63, 255],
  },
  'thigh-back-upper': {
    view: 'back',
    outline: [rev(buttockFold), thighInnerUpper, rev(thighBackMiddle), rev(thighSideUpper)],
    anchor: [81, 262],
  },
  'thigh-back-lower': {
    view: 'back',
    outline: [thighBackMiddle, thighInnerLower, thighBackKnee, rev(thighSideLower)],
    anchor: [83, 286],
  },
  calf: {
    view: 'back',
    outline: {
      loop: [
        [63, 319],
        [76, 315],
        [90, 318],
        [91.5, 335],
        [89.5, 352],
        [86, 368],
        [80, 380],
        [71, 380],
        [65, 368],
        [62, 352],
        [61, 334],
      ],
    },
    anchor: [76, 338],
  },
};

const backMiddle: Readonly<Record<string, Sketch>> = {
  'thoracic-spine': {
    view: 'back',
    outline: [
      spineNeck,
      spineUpper,
      spineMid,
      thoracicLower,
      rev(m(spineMid)),
      rev(m(spineUpper)),
      rev(m(spineNeck)),
      [
        [107, 67],
        [100, 65],
        [93, 67],
      ],
    ],
    anchor: [100, 110],
  },
  'lumbar-spine': {
    view: 'back',
    outline: [spineLow, lumbarLower, rev(m(spineLow)), rev(thoracicLower)],
    anchor: [100, 172],
  },
  sacrum: {
    view: 'back',
    outline: [
      spineSacroiliac,
      sacrumSide,
      tailboneTop,
      rev(m(sacrumSide)),
      rev(m(spineSacroiliac)),
      rev(lumbarLower),
    ],
    anchor: [100, 204],
  },
  tailbone: {
    view: 'back',
    outline: [
      tailboneSide,
      [
        [94.5, 236],
        [100, 242],
        [105.5, 236],
      ],
      rev(m(tailboneSide)),
      rev(tailboneTop),
    ],
    anchor: [100, 230],
  },
};

// Front view, person's right (the viewer's left). The midline x = 100 is the breastbone.
const clavicle: Run = [
  [100, 91],
  [88, 88],
  [74, 89],
  [60, 94],
];
const chestSide: Run = [
  [60, 94],
  [57, 104],
  [59, 118],
  [61, 132],
];
const chestRibs: Run = [
  [61, 132],
  [72, 136],
  [82, 137],
];
const chestBelly: Run = [
  [82, 137],
  [92, 139],
  [100, 140],
];
const breastbone: Run = [
  [100, 140],
  [100, 91],
];
const costalMargin: Run = [
  [82, 137],
  [78, 152],
  [74, 166],
];
const ribsSide: Run = [
  [61, 165],
  [62, 150],
  [61, 132],
];
const ribsBelly: Run = [
  [74, 166],
  [67, 166],
  [61, 165],
];
const bellyMiddle: Run = [
  [74, 166],
  [88, 166],
  [100, 166],
];
const upperBellyMidline: Run = [
  [100, 166],
  [100, 140],
];
const lowerBellySide: Run = [
  [60, 192],
  [62, 178],
  [61, 165],
];
const groinTop: Run = [
  [60, 192],
  [72, 198],
  [84, 204],
  [94, 212],
];
const saddleTop: Run = [
  [94, 212],
  [100, 214],
];
const lowerBellyMidline: Run = [
  [100, 214],
  [100, 166],
];
const groinSaddle: Run = [
  [94, 212],
  [92, 226],
];
const groinThigh: Run = [
  [92, 226],
  [80, 222],
  [68, 214],
  [57, 206],
];
const groinSide: Run = [
  [57, 206],
  [58.5, 199],
  [60, 192],
];
const saddleThigh: Run = [
  [92, 226],
  [95, 238],
];
const saddleBottom: Run = [
  [95, 238],
  [100, 241],
  [105, 238],
];
const thighFrontInner: Run = [
  [95, 238],
  [96.5, 252],
  [95, 268],
];
const thighFrontMiddle: Run = [
  [95, 268],
  [78, 268],
  [59, 268],
];
const thighFrontSide: Run = [
  [59, 268],
  [56, 250],
  [55, 230],
  [57, 206],
];

const frontPairs: Readonly<Record<string, Sketch>> = {
  chest: {
    view: 'front',
    outline: [clavicle, chestSide, chestRibs, chestBelly, breastbone],
    anchor: [80, 113],
  },
  'lower-ribs-front': {
    view: 'front',
    outline: [chestRibs, costalMargin, ribsBelly, ribsSide],
    anchor: [70, 146],
  },
  'upper-abdomen': {
    view: 'front',
    outline: [rev(chestBelly), costalMargin, bellyMiddle, upperBellyMidline],
    anchor: [89, 155],
  },
  'lower-abdomen': {
    view: 'front',
    outline: [
      rev(ribsBelly),
      bellyMiddle,
      rev(lowerBellyMidline),
      rev(saddleTop),
      rev(groinTop),
      lowerBellySide,
    ],
    anchor: [84, 182],
  },
  groin: {
    view: 'front',
    outline: [groinTop, groinSaddle, groinThigh, groinSide],
    anchor: [79, 211],
  },
  'thigh-front-upper': {
    view: 'front',
    outline: [rev(groinThigh), saddleThigh, thighFrontInner, thighFrontMiddle, thighFrontSide],
    anchor: [76, 248],
  },
  'thigh-front-lower': {
    view: 'front',
    outline: [
      rev(thighFrontMiddle),
      [
        [95, 268],
        [93.5, 286],
        [92, 300],
      ],
      [
        [92, 300],
        [78, 304],
        [63, 300],
      ],
      [
        [63, 300],
        [59.5, 284],
        [59, 268],
      ],
    ],
    anchor: [77, 284],
  },
  'leg-side': {
    view: 'front',
    outline: {
      loop: [
        [62, 324],
        [70, 320],
        [75, 326],
        [75, 345],
        [73, 365],
        [71, 383],
        [66, 384],
        [63, 368],
        [60.5, 345],
      ],
    },
    anchor: [68, 338],
  },
  foot: {
    view: 'front',
    outline: {
      loop: [
        [70, 397],
        [84, 396],
        [89, 403],
        [90.5, 414],
        [86, 421],
        [74, 422],
        [63, 420],
        [62, 411],
        [65, 402],
      ],
    },
    anchor: [77, 410],
  },
};

const frontMiddle: Readonly<Record<string, Sketch>> = {
  'saddle-area': {
    view: 'front',
    outline: [
      saddleTop,
      rev(m(saddleTop)),
      m(groinSaddle),
      m(saddleThigh),
      rev(saddleBottom),
      rev(saddleThigh),
      rev(groinSaddle),
    ],
    anchor: [100, 225],
  },
};

function outlinePath(outline: Sketch['outline']): string {
  return 'loop' in outline ? loopPath(outline.loop) : closedPath(outline);
}

function mirrorOutline(outline: Sketch['outline']): Sketch['outline'] {
  return 'loop' in outline ? { loop: outline.loop.map(mirrorPoint) } : mirrorRuns(outline);
}

function outlinePoints(outline: Sketch['outline']): readonly Point[] {
  return 'loop' in outline ? outline.loop : outline.flat();
}

function shape(sketch: Sketch, outline = sketch.outline, anchor = sketch.anchor): RegionShape {
  const bottom = Math.max(...outlinePoints(outline).map(([, y]) => y));
  return { view: sketch.view, d: outlinePath(outline), anchor, bottom };
}

function pairEntries(
  pairs: Readonly<Record<string, Sketch>>,
  viewerLeftSide: 'left' | 'right',
): [string, RegionShape][] {
  const otherSide = viewerLeftSide === 'left' ? 'right' : 'left';
  return Object.entries(pairs).flatMap(([base, sketch]): [string, RegionShape][] => [
    [`${base}-${viewerLeftSide}`, shape(sketch)],
    [
      `${base}-${otherSide}`,
      shape(sketch, mirrorOutline(sketch.outline), mirrorPoint(sketch.anchor)),
    ],
  ]);
}

/** Every drawn region by spec id. */
export const regionGeometry: Readonly<Record<string, RegionShape>> = Object.fromEntries([
  ...pairEntries(backPairs, 'left'),
  ...Object.entries(backMiddle).map(([id, sketch]): [string, RegionShape] => [id, shape(sketch)]),
  ...pairEntries(frontPairs, 'right'),
  ...Object.entries(frontMiddle).map(([id, sketch]): [string, RegionShape] => [id, shape(sketch)]),
]);

/** The ids drawn on one view, in a stable order (top of the body first). */
export function regionIdsInView(view: View): string[] {
  return Object.entries(regionGeometry)
    .filter(([, region]) => region.view === view)
    .sort(([, a], [, b]) => a.anchor[1] - b.anchor[1] || a.anchor[0] - b.anchor[0])
    .map(([id]) => id);
}
