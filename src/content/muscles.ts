// The muscles of ../shared/spec/muscles.json in plain words: what each does and where it is,
// so the Learn pages can show each muscle with its points.
import type { Muscle } from './schema.js';
import {
  article,
  bogdukLumbar,
  grayAnatomy,
  sajkoPsoas,
  travellGluteusMaximus,
  travellGluteusMedius,
  travellGluteusMinimus,
  travellIliopsoas,
  travellParaspinals,
  travellPiriformis,
  travellQuadratus,
  travellSerratusPosteriorInferior,
  vilenskySerratus,
} from './sources.js';

export const muscles = [
  {
    id: 'iliopsoas',
    name: 'Iliopsoas (psoas and iliacus)',
    plainName: 'Hip flexor',
    does: 'Bends the hip. It lifts the thigh toward the trunk, and brings the trunk toward the thigh when you sit up. It also helps hold you upright on two legs.',
    where:
      'Deep in the belly. The psoas starts at the sides of the low spine, and the iliacus lines the inside of the hip bone. Both cross the front of the pelvis and end at the top of the thigh bone.',
    covers: ['S05'],
    sources: [article, travellIliopsoas, sajkoPsoas],
  },
  {
    id: 'piriformis',
    name: 'Piriformis',
    plainName: 'Deep hip turner',
    does: 'Turns the thigh out and steadies the hip joint.',
    where: 'Deep in the buttock, from the sacrum to the bony knob at the outside of the hip.',
    covers: ['S10'],
    sources: [article, travellPiriformis],
  },
  {
    id: 'gluteus-maximus',
    name: 'Gluteus maximus',
    plainName: 'Big buttock muscle',
    does: 'Straightens the hip when you stand up, climb stairs or run.',
    where:
      'The outer layer of the buttock. Near the top, it lies over part of the middle buttock muscle.',
    covers: ['S17'],
    sources: [article, travellGluteusMaximus, grayAnatomy],
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    plainName: 'Middle buttock muscle',
    does: 'Keeps the pelvis level each time you stand on one leg, as you do with every step.',
    where:
      'The upper outer buttock, just below the top of the hip bone. Its inner part lies under the big buttock muscle.',
    covers: ['S17'],
    sources: [article, travellGluteusMedius, grayAnatomy],
  },
  {
    id: 'gluteus-minimus',
    name: 'Gluteus minimus',
    plainName: 'Small buttock muscle',
    does: 'Helps the middle buttock muscle keep the pelvis level, and turns the thigh in.',
    where: 'Under the middle buttock muscle, at the side of the hip, above the bony knob.',
    covers: [],
    sources: [travellGluteusMinimus, grayAnatomy],
  },
  {
    id: 'erector-spinae',
    name: 'Erector spinae (iliocostalis, longissimus)',
    plainName: 'Long spine muscles',
    does: 'Hold the trunk steady and upright, and help it lean back. They work hard whenever you lean forward.',
    where:
      'Two thick bands, one on each side of the spine, running from the pelvis up to the neck.',
    covers: ['S22'],
    sources: [article, travellParaspinals, bogdukLumbar],
  },
  {
    id: 'multifidus',
    name: 'Multifidus and rotatores',
    plainName: 'Deep spine muscles',
    does: 'Steady each bone of the spine, and help the back twist and lean back.',
    where:
      'Deep in the groove on each side of the spine, under the long spine muscles. Each part spans two to four bones of the spine.',
    covers: ['S32'],
    sources: [article, travellParaspinals, bogdukLumbar],
  },
  {
    id: 'quadratus-lumborum',
    name: 'Quadratus lumborum',
    plainName: 'Hip hiker (QL)',
    does: 'Lifts the hip on one side as you step, and steadies the low back as you walk. It also bends the trunk to the side.',
    where:
      'Deep in the side of the low back, from the lowest rib down to the top of the hip bone, beside the spine.',
    covers: ['S35'],
    sources: [article, travellQuadratus],
  },
  {
    id: 'serratus-posterior-inferior',
    name: 'Serratus posterior inferior',
    plainName: 'Lower rib muscle',
    does: 'Its job is not fully known. It was long thought to help you breathe out, but studies do not back that up. It may help sense and steady the lowest ribs as you twist and bend.',
    where:
      'A thin sheet over the lowest four ribs at the back, running from the spine up and out onto the ribs.',
    covers: [],
    sources: [travellSerratusPosteriorInferior, grayAnatomy, vilenskySerratus],
  },
] as const satisfies readonly Muscle[];
