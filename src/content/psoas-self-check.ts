// The psoas self-check (S05-S09, S12): two looks that hint at a short psoas on one side,
// what they may suggest, and what they cannot tell. The plan reads the answers.
import type { PsoasSelfCheck } from './schema.js';
import { article, sajkoPsoas, swainPosture, travellIliopsoas } from './sources.js';

export const psoasSelfCheck = {
  id: 'psoas-self-check',
  name: 'Psoas self-check',
  intro:
    'The psoas is the main muscle that bends your hip. There is one on each side. It runs from the low spine, across the front of the pelvis, to the top of the thigh bone. If one side stays short for a long time, it pulls the low spine down toward the pelvis. The hip hiker and the long spine muscles then have to work while short, which can make them sore. Two quick looks can hint at a short psoas.',
  signs: [
    {
      id: 'foot-turns-out',
      question: 'When you stand relaxed, does one foot turn out more than the other?',
      howToLook: [
        'Take off your shoes and march on the spot for a few steps.',
        'Stop and let your feet rest where they land. Do not fix them.',
        'Look down, or ask someone to take a photo of your feet from the front.',
        'Check if one foot points out to the side more than the other.',
      ],
      suggests:
        'A foot that turns out may mean the psoas on that side is short. The piriformis on that side is then often short too, and it is the muscle that turns the foot out.',
    },
    {
      id: 'shoulder-lower',
      question: 'Does one shoulder sit lower than the other, and further forward?',
      howToLook: [
        'Stand relaxed in front of a mirror, or ask someone to take a photo from the front.',
        'Let your arms hang. Do not pull your shoulders back.',
        'Compare the height of your shoulders.',
        'Check if the lower one also sits a little further forward.',
      ],
      suggests:
        'A short psoas on one side can pull that shoulder down and forward. The spine twists a little so your head can still face ahead.',
    },
  ],
  suggests:
    'If the foot and the shoulder point to the same side, the psoas on that side may be short. Unknot then starts your plan with gentle psoas releases, plus a piriformis release on that side. If it has been short for a long time, repeat them often.',
  doesNotMean:
    'These looks are only hints. Many people have one shoulder a little lower, or one foot turned out, with no pain at all. A tender psoas is normal too, since almost everyone has one, so tenderness alone does not mean it needs work. These looks cannot find the cause of your pain, and they are not a medical test.',
  next: 'If neither side seems short, or the pain stays after the releases, go on to the trigger point steps.',
  correction: {
    text: 'The article treats the foot and shoulder signs as if they were sure. But small posture differences are common. Studies find only a weak link between them and back pain. So Unknot uses them as hints, never as a diagnosis.',
    sources: [swainPosture, sajkoPsoas],
  },
  covers: ['S05', 'S06', 'S08', 'S09', 'S10', 'S11', 'S12'],
  sources: [article, sajkoPsoas, travellIliopsoas],
} as const satisfies PsoasSelfCheck;
