// The bad-night mode (S48-S54): two rest positions, the surface and hip angle they need,
// heat, a short traction option with its stop rule, and mattress advice, with corrections;
// plus a side-lying rest for anyone who must not lie flat on the back (pregnancy).
import type { NightPosition } from './schema.js';
import {
  acpGuideline,
  article,
  frenchHeatCold,
  kovacsMattress,
  nhsPregnancySleep,
  niceLowBackPain,
  tommysPregnancyBackPain,
  wegnerTraction,
} from './sources.js';

const neckSupport =
  'Put a thin pillow under your head. Your neck should be supported, but your chin should not drop toward your chest.';

export const nightPositions = [
  {
    id: 'night-knees-bent',
    name: 'Rest with your knees bent',
    kind: 'position',
    text: 'When sharp pain keeps you from resting, lie on your back on a firm surface with your knees bent. This takes some load off the low back. Even 10 minutes can help.',
    steps: [
      'Lie on your back on the floor or another firm surface.',
      'Bend your knees and put your feet flat, hip width apart.',
      neckSupport,
      'Rest your arms by your sides and breathe slowly.',
      'To get up, roll onto your side first, then push up with your arms.',
    ],
    lyingOnBack: true,
    pressesOver: [],
    covers: ['S48'],
    sources: [article],
  },
  {
    id: 'night-legs-raised',
    name: 'Rest with your legs on a chair',
    kind: 'position',
    text: 'This is the second position, and often the one that helps most. Your hips and knees are both bent to a right angle, with your lower legs resting on a support.',
    steps: [
      'Lie on your back on the floor, close to a chair.',
      'Lift your lower legs onto the seat, so your hips and knees both bend to a right angle.',
      'No chair? A stack of books with a thick pillow on top works, and so does a sturdy coffee table.',
      'On a massage table, stack books under your lower legs to raise them to the right height.',
      neckSupport,
      'Stay as long as it feels good. To get up, lift your legs down one at a time and roll onto your side.',
    ],
    lyingOnBack: true,
    // The lower legs rest their weight on the seat.
    pressesOver: ['leg'],
    covers: ['S48', 'S51', 'S53'],
    sources: [article],
  },
  {
    id: 'night-side-lying',
    name: 'Rest on your side',
    kind: 'position',
    text: 'If you should not lie flat on your back, as later in pregnancy, rest on your side instead. A pillow between your knees keeps your hips level, so your low back is not pulled.',
    steps: [
      'Lie on your side on a firm bed, or on a mat on the floor.',
      'Bend your hips and knees a little.',
      'Put a pillow between your knees and ankles, so your top leg does not fall forward.',
      'Use a pillow under your head that keeps your head in line with your spine.',
      'If you are pregnant, a small pillow under your bump can help too.',
      'To get up, push up with your arms as you lower your legs off the edge.',
    ],
    lyingOnBack: false,
    pressesOver: [],
    covers: [],
    sources: [nhsPregnancySleep, tommysPregnancyBackPain],
  },
  {
    id: 'night-firm-surface',
    name: 'Choose a firm surface',
    kind: 'surface',
    text: 'These positions need a surface that does not sag. The floor works. A bed with a firmness setting can be turned up. If getting down to the floor is hard, a basic folding massage table is an option: the article puts a student model at about 99 dollars, 1 to 2 inches of padding is enough, and it folds away under a bed.',
    steps: [
      'Use the floor with a blanket or a thin mat on it.',
      'If your bed has a firmness setting, turn it up.',
      'If you get back pain often and the floor is hard to reach, think about a folding massage table.',
    ],
    lyingOnBack: false,
    pressesOver: [],
    covers: ['S50'],
    sources: [article],
  },
  {
    id: 'night-heat',
    name: 'Warm, moist heat',
    kind: 'heat',
    text: 'Warm, moist heat is the better choice for a sore low back at night. A warm damp towel, a heat wrap or a warm shower all count. The article warns that cold may make the muscles tighten more.',
    steps: [
      'Use a warm, damp towel, a heat wrap or a warm shower.',
      'Warm, not hot. Check your skin every 20 minutes.',
      'Never fall asleep on a heating pad or an electric blanket set high.',
      'Do not use heat on skin with poor feeling, or if you have a problem with your blood flow.',
    ],
    correction: {
      text: 'The idea that cold tightens the low back muscles is not well tested. What studies show is that heat can ease sudden low back pain for a short time. There is too little research on cold to say if it helps or harms.',
      sources: [frenchHeatCold, acpGuideline],
    },
    lyingOnBack: false,
    pressesOver: [],
    covers: ['S49'],
    sources: [article, frenchHeatCold, acpGuideline],
  },
  {
    id: 'night-traction',
    name: 'Gentle hanging of the hips',
    kind: 'traction',
    text: 'From the legs-on-a-chair position, some people let their hips hang a little from the edge of the seat. The pull may ease the low back for a while. Keep it short and stop if it hurts.',
    steps: [
      'Start in the legs-on-a-chair position.',
      'Slide toward the chair so the backs of your knees hook over the front of the seat.',
      'If the seat is high enough, your hips lift a little off the floor. Let them hang gently.',
      'Stay no longer than 8 to 10 minutes.',
    ],
    maxMinutes: 10,
    stopRule: 'If it hurts, stop at once and put your hips back down on the floor.',
    correction: {
      text: 'The article says this can take pressure off the discs low in the spine (L4 and L5). Trials of traction found little or no benefit for low back pain, and NICE advises against it as a treatment. Use it only if it feels good, and keep within the time limit.',
      sources: [wegnerTraction, niceLowBackPain],
    },
    lyingOnBack: true,
    // The backs of the knees hang on the front edge of the seat.
    pressesOver: ['leg'],
    covers: ['S52'],
    sources: [article, wegnerTraction, niceLowBackPain],
  },
  {
    id: 'night-mattress',
    name: 'A mattress that sags',
    kind: 'mattress',
    text: 'A mattress that is too soft, or has a deep dip from years of use, may add to back pain. As a short-term fix, some people lay a plywood board under the mattress, on top of the base.',
    steps: [
      'Check for a dip where you sleep.',
      'As a stopgap, a plywood board laid under the mattress, on top of the base, stops the sag.',
      'When you replace the mattress, a medium-firm one is a good aim.',
    ],
    correction: {
      text: 'Firmer is not always better. In a large trial, people with long-term low back pain did better on a medium-firm mattress than on a firm one. A board fixes sagging, but it should not make the bed hard as a floor.',
      sources: [kovacsMattress],
    },
    lyingOnBack: false,
    pressesOver: [],
    covers: ['S54'],
    sources: [article, kovacsMattress],
  },
] as const satisfies readonly NightPosition[];
