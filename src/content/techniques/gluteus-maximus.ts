// Self-pressure for the three big buttock muscle points (after Travell & Simons, gluteus
// maximus): a ball against a wall, a ball on the floor, and thumbs, like the other points.
import { travellGluteusMaximus } from '../sources.js';
import { articleDose } from './dose.js';
import { anywhere, bothSides, type TechniqueEntry } from './entry.js';

const maximusPoints = [
  ...bothSides('gluteus-maximus-sacral-point'),
  ...bothSides('gluteus-maximus-sit-bone-point'),
  ...bothSides('gluteus-maximus-tailbone-point'),
] as const;

const nerveWarning =
  'If you feel tingling, burning or a shooting pain down the leg, move the ball. You may be on the nerve.';

export const gluteusMaximusTechniques = [
  {
    id: 'gluteus-maximus-ball-wall',
    name: 'Ball on the big buttock muscle, against a wall',
    triggerPoint: 'gluteus-maximus-sit-bone-point-left',
    treats: maximusPoints,
    tools: ['tennis-ball', 'lacrosse-ball'],
    places: ['wall'],
    position: 'standing-wall',
    positionText: 'Stand with your back to a wall, feet a small step away from it.',
    bodyWeight: false,
    pressesOver: ['buttock'],
    steps: [
      'Stand with your back to a wall, your feet a small step away from it.',
      'Put the ball between the wall and one buttock: beside the sacrum, above the sit bone, or low near the tailbone.',
      'Lean back into the ball. Bend your knees a little to roll it onto a tender spot.',
      'Hold for 10 seconds. Ease off and rest.',
      nerveWarning,
      'Do this 3 or 4 times, then do the other side.',
    ],
    safety: [nerveWarning],
    dose: articleDose('hold'),
    cues: {
      position: 'Stand with your back to the wall, feet a small step out.',
      find: 'Put the ball on the tender spot in your buttock.',
      press: 'Lean back into the ball. Strong, but still comfortable.',
      release: 'Step forward a little to ease off.',
      rest: 'Breathe and let your hips soften.',
      switchSide: 'Now move the ball to the other side.',
    },
    covers: [],
    sources: [travellGluteusMaximus],
  },
  {
    id: 'gluteus-maximus-ball-floor',
    name: 'Ball on the big buttock muscle, lying on the floor',
    triggerPoint: 'gluteus-maximus-sit-bone-point-left',
    treats: maximusPoints,
    tools: ['tennis-ball', 'lacrosse-ball'],
    places: ['floor', 'massage-table'],
    position: 'lying-on-back',
    positionText: 'Lie on your back on the floor or another firm surface, knees bent, feet flat.',
    bodyWeight: true,
    pressesOver: ['buttock'],
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Lift your hips and slide the ball under one buttock, onto the tender spot.',
      'Lower yourself onto it. Tip your knees away from that side for less pressure.',
      'Hold for 10 seconds. Lift off and rest.',
      nerveWarning,
      'Do this 3 or 4 times, then do the other side.',
    ],
    safety: [nerveWarning],
    dose: articleDose('hold'),
    cues: {
      position: 'Lie on your back, knees bent, feet flat.',
      find: 'Slide the ball under the tender spot in your buttock.',
      press: 'Let your weight sink onto the ball.',
      release: 'Lift your hips off the ball.',
      rest: 'Rest flat and breathe.',
      switchSide: 'Now move the ball to the other side.',
    },
    covers: [],
    sources: [travellGluteusMaximus],
  },
  {
    id: 'gluteus-maximus-thumbs',
    name: 'Thumbs on the big buttock muscle',
    triggerPoint: 'gluteus-maximus-sacral-point-left',
    treats: maximusPoints,
    tools: ['thumbs'],
    places: anywhere,
    position: 'standing',
    positionText: 'Stand with one foot on a low step or chair, so the buttock muscle is soft.',
    bodyWeight: false,
    pressesOver: ['buttock'],
    steps: [
      'Stand with one foot up on a low step, so the buttock on that side is soft.',
      'Reach back and find the tender spot in that buttock with your thumb.',
      'Press in and hold for 10 seconds, or make small circles.',
      'Ease off and rest. Do this 3 or 4 times, then do the other side.',
    ],
    dose: articleDose('hold'),
    cues: {
      position: 'Stand with one foot on a low step.',
      find: 'Reach back and find the tender spot in your buttock.',
      press: 'Press in with your thumb.',
      release: 'Ease off.',
      rest: 'Shake out your hand and breathe.',
      switchSide: 'Now swap feet and do the other side.',
    },
    covers: [],
    sources: [travellGluteusMaximus],
  },
] as const satisfies readonly TechniqueEntry[];
