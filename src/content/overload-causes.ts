// What overloads a muscle so that trigger points form (S13, S14), in four groups, each with
// what a person can do. Body chemistry goes to a doctor and a blood test, never a supplement list.
import type { OverloadCause } from './schema.js';
import { article, gerwinPerpetuating, nhsBackPain, travellPerpetuating } from './sources.js';

export const overloadCauses = [
  {
    id: 'overload-exertion',
    group: 'exertion',
    name: 'More effort than the muscle is ready for',
    text: 'This is the cause most people know. The effort does not need to be huge. It only needs to be more than the muscle is used to.',
    examples: [
      'Lifting or carrying something heavy',
      'A long day of garden or house work',
      'Starting a sport again after a long break',
    ],
    whatYouCanDo: [
      'Build up new activity a little at a time.',
      'Take short breaks during hard jobs.',
      'Warm up with easy movement first.',
    ],
    covers: ['S13', 'S14'],
    sources: [article, travellPerpetuating],
  },
  {
    id: 'overload-repetition',
    group: 'repetition',
    name: 'The same motion or the same posture, for hours',
    text: 'Muscles also tire when they do one thing for a long time. That can be one task done over and over at work, or one sleep position held night after night.',
    examples: [
      'Sleeping in the same position every night',
      'Long hours at a desk or behind the wheel',
      'A task you repeat all day at work',
    ],
    whatYouCanDo: [
      'Change position often, and stand up at least every half hour or so.',
      'Walk for a few minutes during long sits.',
      'Set up your desk or car seat so you can sit upright without effort.',
      'Try the night positions if pain wakes you.',
    ],
    covers: ['S13', 'S14'],
    sources: [article, travellPerpetuating],
  },
  {
    id: 'overload-body-chemistry',
    group: 'biochemical',
    name: 'Body chemistry',
    text: 'What goes on inside the body can make muscles easier to overload. Low levels of some vitamins or minerals can play a part. So can an underactive thyroid, high blood sugar, or an infection and the medicine for it. A blood test can check for many of these.',
    examples: [
      'Low levels of some vitamins, such as the B vitamins, folate or vitamin C',
      'Low levels of some minerals, such as iron, magnesium, potassium, calcium or phosphorus',
      'An underactive thyroid, or high blood sugar',
      'An infection, or the medicine used to treat it',
    ],
    whatYouCanDo: [
      'If your points keep coming back, ask your doctor whether a blood test makes sense.',
      'Tell your doctor about any medicine you take.',
      'Do not guess and start pills on your own. A doctor can check what, if anything, is low.',
    ],
    covers: ['S14'],
    sources: [article, travellPerpetuating, gerwinPerpetuating],
  },
  {
    id: 'overload-injury',
    group: 'trauma',
    name: 'An injury',
    text: 'A slip, a fall or a car crash can set off trigger points straight away. An injury can also harm bones and nerves, so it needs a check first.',
    examples: ['A slip or a fall', 'A car accident', 'A hard knock to the back'],
    whatYouCanDo: [
      'After a hard fall or a crash, see a doctor before you do any point work.',
      'Older people, and anyone with weak bones, can break a bone in a fall that seems small. Get checked.',
      'Once a doctor has checked you, gentle point work may help.',
    ],
    covers: ['S14'],
    sources: [article, travellPerpetuating, nhsBackPain],
  },
] as const satisfies readonly OverloadCause[];
