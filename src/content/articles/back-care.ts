// Learn articles about back care beyond point work: when to see a professional, and why
// staying active is what the research supports. The warning-sign lists of "when to see a
// professional" are not written here: the web app draws them from the safety screen's spec.
import type { LearnArticle } from '../schema.js';
import {
  article,
  chouDiagnosis,
  dahmBedRest,
  hartvigsenLancet,
  nhsBackPain,
  niceLowBackPain,
  smithStabilisation,
} from '../sources.js';

export const backCareArticles = [
  {
    id: 'when-to-see-a-professional',
    title: 'When to see a professional',
    summary:
      'Self-care suits most back pain. Some signs need a doctor soon, and a few need help at once.',
    sections: [
      {
        heading: 'Check in with your doctor',
        paragraphs: [
          'The article advises anyone with low back pain to see their own doctor, and that is sound advice. A doctor can rule out other causes and help you plan. Unknot works alongside your doctor, not in their place.',
        ],
      },
      {
        heading: 'Hands-on help',
        paragraphs: [
          'Some points are hard to reach on your own. A massage therapist or physiotherapist trained in trigger point work can treat them for you.',
        ],
      },
      {
        heading: 'The safety questions',
        paragraphs: [
          'Unknot asks safety questions before it builds a plan. If an answer points to something serious, it gives you no self-care steps. It tells you who to see instead, and how soon.',
        ],
      },
    ],
    covers: ['S03', 'S43'],
    sources: [article, nhsBackPain, niceLowBackPain, chouDiagnosis],
  },
  {
    id: 'staying-active',
    title: 'Staying active',
    summary:
      'Most back pain gets better on its own, and moving helps it along. Rest in bed usually does not.',
    sections: [
      {
        heading: 'You are not alone',
        paragraphs: [
          'Back pain is one of the most common reasons people see a doctor. Among complaints to do with the nerves, only headache is more common. Around the world, low back pain causes more years lived with disability than any other health problem, and it costs a great deal each year.',
        ],
      },
      {
        heading: 'Most back pain settles',
        paragraphs: [
          'The good news is that most back pain gets better by itself, often within a few weeks, without medical care. Research supports staying as active as you can. People told to stay active do a little better than people told to rest in bed.',
        ],
      },
      {
        heading: 'Why moving helps',
        paragraphs: [
          'Moving helps your blood and lymph flow. It keeps your joints moist and smooth, and it even helps digestion. A gentle walk is a fine start. Do what you can, and add a little more each day.',
        ],
      },
      {
        heading: 'Your back is strong',
        paragraphs: [
          'The low back is not fragile. But daily habits, such as long hours bent forward at a desk, can build up an imbalance between muscles. Pair point work with movements that build strength and length, such as the bridge and the side bend.',
        ],
      },
      {
        heading: 'Build your core',
        paragraphs: [
          'Leaning forward puts a lot of load on the spine muscles, and the article says stronger trunk muscles share that load. Studies do not show that core exercises help back pain more than other exercise does. Pick movement you enjoy and will keep up. A physiotherapist or exercise physiologist can set up a safe plan for you.',
        ],
      },
    ],
    covers: ['S01', 'S02', 'S04', 'S24', 'S47'],
    sources: [article, dahmBedRest, niceLowBackPain, hartvigsenLancet, smithStabilisation],
  },
] as const satisfies readonly LearnArticle[];
