// Simple side-on drawings of a person in each position the plan and the night mode use, as
// joint coordinates: a head, a trunk and limbs, plus the furniture the position needs. Data only.
import type { Position } from '../../content/ids.js';

type XY = readonly [number, number];

/** A limb or trunk as a chain of joints, drawn as one thick rounded line. */
export interface Pose {
  readonly head: { readonly at: XY; readonly r: number };
  readonly trunk: readonly XY[];
  readonly limbs: readonly (readonly XY[])[];
  /** Limbs on the far side, drawn fainter behind the body. */
  readonly farLimbs?: readonly (readonly XY[])[];
  readonly props: readonly Prop[];
}

export type Prop =
  | { readonly kind: 'floor'; readonly y: number }
  | { readonly kind: 'wall'; readonly x: number }
  | { readonly kind: 'pillow'; readonly at: XY; readonly width: number }
  | {
      readonly kind: 'chair';
      readonly seat: XY;
      readonly width: number;
      readonly facing: 'left' | 'right';
    }
  | { readonly kind: 'ball'; readonly at: XY };

export type NightPose = 'knees-bent' | 'legs-on-chair' | 'hips-hanging';
export type PoseName = Position | NightPose;

const floor = { kind: 'floor', y: 104 } as const;

const lyingOnBack: Pose = {
  head: { at: [30, 88], r: 9 },
  trunk: [
    [42, 94],
    [104, 94],
  ],
  limbs: [
    [
      [104, 94],
      [134, 66],
      [160, 98],
      [172, 100],
    ],
    [
      [48, 95],
      [72, 98],
      [94, 97],
    ],
  ],
  farLimbs: [
    [
      [104, 94],
      [130, 68],
      [152, 98],
      [164, 100],
    ],
  ],
  props: [floor],
};

export const poses: Record<PoseName, Pose> = {
  'lying-on-back': { ...lyingOnBack, props: [floor, { kind: 'ball', at: [98, 100] }] },
  'lying-on-side': {
    head: { at: [30, 78], r: 9 },
    trunk: [
      [44, 84],
      [104, 88],
    ],
    limbs: [
      [
        [104, 88],
        [140, 84],
        [170, 96],
        [178, 100],
      ],
      [
        [48, 86],
        [72, 82],
        [96, 84],
      ],
    ],
    farLimbs: [
      [
        [46, 90],
        [36, 100],
        [26, 88],
      ],
      [
        [104, 90],
        [136, 94],
        [166, 100],
      ],
    ],
    props: [floor, { kind: 'ball', at: [94, 99] }],
  },
  'lying-face-down': {
    head: { at: [28, 86], r: 9 },
    trunk: [
      [42, 92],
      [108, 92],
    ],
    limbs: [
      [
        [108, 92],
        [142, 95],
        [174, 97],
        [180, 90],
      ],
      [
        [48, 93],
        [54, 100],
        [34, 100],
      ],
    ],
    props: [floor],
  },
  'standing-wall': {
    head: { at: [80, 20], r: 9 },
    trunk: [
      [78, 31],
      [76, 70],
    ],
    limbs: [
      [
        [76, 70],
        [84, 90],
        [90, 110],
        [100, 111],
      ],
      [
        [78, 36],
        [86, 54],
        [96, 62],
      ],
    ],
    farLimbs: [
      [
        [76, 70],
        [80, 90],
        [86, 110],
        [96, 111],
      ],
    ],
    props: [
      { kind: 'floor', y: 114 },
      { kind: 'wall', x: 62 },
      { kind: 'ball', at: [66, 66] },
    ],
  },
  standing: {
    head: { at: [100, 18], r: 9 },
    trunk: [
      [100, 29],
      [100, 68],
    ],
    limbs: [
      [
        [96, 68],
        [94, 90],
        [92, 111],
      ],
      [
        [104, 68],
        [106, 90],
        [108, 111],
      ],
      [
        [92, 35],
        [80, 52],
        [92, 64],
      ],
      [
        [108, 35],
        [120, 52],
        [108, 64],
      ],
    ],
    props: [{ kind: 'floor', y: 114 }],
  },
  sitting: {
    head: { at: [90, 20], r: 9 },
    trunk: [
      [90, 31],
      [92, 72],
    ],
    limbs: [
      [
        [92, 72],
        [128, 72],
        [130, 108],
        [142, 110],
      ],
      [
        [90, 37],
        [98, 56],
        [114, 64],
      ],
    ],
    props: [
      { kind: 'floor', y: 114 },
      { kind: 'chair', seat: [78, 80], width: 50, facing: 'right' },
    ],
  },
  'knees-bent': {
    ...lyingOnBack,
    props: [floor, { kind: 'pillow', at: [30, 100], width: 30 }],
  },
  'legs-on-chair': {
    head: { at: [30, 88], r: 9 },
    trunk: [
      [42, 94],
      [104, 94],
    ],
    limbs: [
      [
        [104, 94],
        [110, 60],
        [150, 58],
        [154, 46],
      ],
      [
        [48, 95],
        [72, 98],
        [94, 97],
      ],
    ],
    props: [
      floor,
      { kind: 'pillow', at: [30, 100], width: 30 },
      { kind: 'chair', seat: [112, 66], width: 50, facing: 'left' },
    ],
  },
  'hips-hanging': {
    head: { at: [30, 88], r: 9 },
    trunk: [
      [42, 94],
      [100, 84],
    ],
    limbs: [
      [
        [100, 84],
        [114, 58],
        [150, 56],
        [154, 44],
      ],
      [
        [48, 95],
        [70, 98],
        [90, 96],
      ],
    ],
    props: [
      floor,
      { kind: 'pillow', at: [30, 100], width: 30 },
      { kind: 'chair', seat: [112, 64], width: 50, facing: 'left' },
    ],
  },
};

/** What each drawing shows, for people who cannot see it. */
export const poseNames: Record<PoseName, string> = {
  'lying-on-back': 'A person lying on their back with knees bent and a ball under them',
  'lying-on-side': 'A person lying on their side, head on one hand, with a ball under the hip',
  'lying-face-down': 'A person lying face down with their head on their arms',
  'standing-wall': 'A person standing with their back to a wall and a ball between back and wall',
  standing: 'A person standing tall with hands on hips',
  sitting: 'A person sitting upright on a firm chair',
  'knees-bent':
    'A person lying on their back on the floor, knees bent, feet flat, a thin pillow under the head',
  'legs-on-chair':
    'A person lying on their back on the floor with their lower legs on a chair seat, hips and knees bent to a right angle',
  'hips-hanging':
    'A person lying with the backs of their knees hooked over the front of a chair seat, hips lifted a little off the floor',
};
