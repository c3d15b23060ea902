// Step 2, deep layer: pressure into the groove beside the spine to reach the multifidus
// (S25, S31, S33, S34). Paired balls suit most people; the width of the spine varies with size.
import { article, bogdukLumbar, travellParaspinals } from '../sources.js';
import { articleDose } from './dose.js';
import { anywhere, bothSides, type TechniqueEntry } from './entry.js';

const grooveSources = [article, travellParaspinals, bogdukLumbar] as const;

/** Rolling the whole back reaches the deep groove and the long spine muscles over it. */
const wholeSpine = [
  ...bothSides('multifidus-groove-point'),
  ...bothSides('erector-neck-base-point'),
  ...bothSides('erector-floating-rib-point'),
  ...bothSides('erector-lumbosacral-point'),
] as const;

/** A ball or bar on the spine bones themselves can bruise the bone; the muscles lie beside it. */
const ballsBesideSpine = 'The spine bones sit in the gap between the balls, never on a ball.';
const barOffSpine =
  'The bar must not press on the spine bones. If it does, stop and use two balls.';

const rollSteps = (pair: string) =>
  [
    `Tape two ${pair} together, or tie them tight in a sock, so they touch.`,
    'Lie on your back on the floor with your knees bent and your feet flat.',
    'Put the balls under the top of your shoulders, one on each side of the spine. The spine bones sit in the gap.',
    'Push with your feet to roll slowly down your back, toward your hips.',
    'When you find a sore spot, stop there and hold for 10 seconds.',
    'Roll on down to the top of your hips. Go up and down 3 or 4 times.',
  ] as const;

const rollCues = {
  position: 'Lie on your back, knees bent, feet flat.',
  find: 'Put the balls under the top of your shoulders, one on each side of the spine.',
  press: 'Push with your feet and roll slowly. Stop and hold on a sore spot.',
  release: 'Lift your hips to take the weight off.',
  rest: 'Rest flat and breathe.',
} as const;

export const multifidusTechniques = [
  {
    id: 'multifidus-thumbs',
    name: 'Thumbs in the groove beside the low spine',
    triggerPoint: 'multifidus-groove-point-left',
    treats: bothSides('multifidus-groove-point'),
    tools: ['thumbs'],
    places: anywhere,
    position: 'standing',
    positionText: 'Stand tall with your hands on your hips and your thumbs at the back.',
    bodyWeight: false,
    pressesOver: ['spine'],
    steps: [
      'Put your hands on your hips with your thumbs at the back.',
      'Slide your thumbs in to the groove just beside the bumps of your spine.',
      'Press in deeply and make small circles for 10 seconds.',
      'Move a thumb width up or down and do it again, along the low back.',
      'Stop on any tender spot and hold it. Do each spot 3 or 4 times.',
    ],
    dose: articleDose('circles'),
    cues: {
      position: 'Stand tall, hands on your hips, thumbs at the back.',
      find: 'Slide your thumbs into the groove just beside the bumps of your spine.',
      press: 'Press in deeply and make small circles.',
      release: 'Ease off.',
      rest: 'Shake out your hands and breathe.',
    },
    covers: ['S25'],
    sources: grooveSources,
  },
  {
    id: 'multifidus-ball-roll',
    name: 'Two tennis balls rolled down the spine',
    triggerPoint: 'multifidus-groove-point-left',
    treats: wholeSpine,
    tools: ['two-balls-sock'],
    places: ['floor'],
    position: 'lying-on-back',
    positionText: 'Lie on your back on the floor, knees bent, feet flat.',
    bodyWeight: true,
    pressesOver: ['spine', 'ribs', 'neck-shoulder'],
    bodySize: ['medium', 'large'],
    steps: rollSteps('tennis balls'),
    safety: [ballsBesideSpine],
    dose: articleDose('roll'),
    cues: rollCues,
    covers: ['S25', 'S33'],
    sources: grooveSources,
  },
  {
    id: 'multifidus-small-ball-roll',
    name: 'Two racquet balls rolled down the spine',
    triggerPoint: 'multifidus-groove-point-left',
    treats: wholeSpine,
    tools: ['racquet-ball'],
    places: ['floor'],
    position: 'lying-on-back',
    positionText: 'Lie on your back on the floor, knees bent, feet flat.',
    bodyWeight: true,
    pressesOver: ['spine', 'ribs', 'neck-shoulder'],
    bodySize: ['small'],
    steps: rollSteps('racquet balls'),
    safety: [ballsBesideSpine],
    dose: articleDose('roll'),
    cues: rollCues,
    covers: ['S33'],
    sources: grooveSources,
  },
  {
    id: 'multifidus-dumbbell',
    name: 'Small dumbbell across the back, for a wider spine',
    triggerPoint: 'multifidus-groove-point-left',
    treats: wholeSpine,
    tools: ['small-dumbbell'],
    places: ['floor'],
    position: 'lying-on-back',
    positionText: 'Lie on your back on the floor, knees bent, feet flat.',
    bodyWeight: true,
    pressesOver: ['spine', 'ribs'],
    bodySize: ['large'],
    steps: [
      'Use a small dumbbell of 1 to 3 pounds (half a kilo to one and a half), with round ends. Wrap it in a thin towel.',
      'Lie on your back with your knees bent and your feet flat.',
      'Set the dumbbell across your back. The bar crosses the spine, and each end rests in the groove on one side.',
      'Push with your feet to roll slowly. Stop and hold for 10 seconds on a sore spot.',
      barOffSpine,
      'Go up and down 3 or 4 times.',
    ],
    safety: [barOffSpine],
    dose: articleDose('roll'),
    cues: {
      position: 'Lie on your back, knees bent, feet flat.',
      find: 'Set the dumbbell across your back, one end in the groove on each side of the spine.',
      press: 'Push with your feet and roll slowly. Stop and hold on a sore spot.',
      release: 'Lift your hips to take the weight off.',
      rest: 'Rest flat and breathe.',
    },
    covers: ['S34'],
    sources: grooveSources,
  },
  {
    id: 'multifidus-two-balls-wall',
    name: 'Two balls rolled down the spine, against a wall',
    triggerPoint: 'multifidus-groove-point-left',
    treats: wholeSpine,
    tools: ['two-balls-sock', 'racquet-ball'],
    places: ['wall'],
    position: 'standing-wall',
    positionText: 'Stand with your back to a wall, feet a small step away from it.',
    bodyWeight: false,
    pressesOver: ['spine', 'ribs', 'neck-shoulder'],
    steps: [
      'Tape two balls together, or tie them tight in a sock, so they touch.',
      'Stand with your back to a wall. Put the balls between your upper back and the wall, one on each side of the spine.',
      'Lean back and bend your knees slowly to roll the balls up your back.',
      'Straighten your knees to roll them down toward your hips.',
      'Stop and hold for 10 seconds on any sore spot. Go up and down 3 or 4 times.',
    ],
    safety: [ballsBesideSpine],
    dose: articleDose('roll'),
    cues: {
      position: 'Stand with your back to the wall.',
      find: 'Put the balls between your back and the wall, one on each side of the spine.',
      press: 'Lean back and bend your knees to roll. Stop and hold on a sore spot.',
      release: 'Step away from the wall a little.',
      rest: 'Let your arms hang and breathe.',
    },
    covers: ['S31'],
    sources: grooveSources,
  },
] as const satisfies readonly TechniqueEntry[];
