// How the safety screen asks each spec question, in plain words and screen order: emergency
// signs first, one group of topics per screen as a checklist. Ids, levels and sources come from
// spec/safety-screen.json.
import { type SpecQuestion, safetyScreen } from '../core/spec/index.js';

/** Screen order of topic groups: the most serious signs are asked first. */
export const safetyTopicGroups = [
  'emergency',
  'urgent',
  'routine',
  'precautions',
  'numbers',
] as const;
export type SafetyTopicGroup = (typeof safetyTopicGroups)[number];

export type SafetyAnswer =
  | { readonly kind: 'yes-no' }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly unit: string };

export interface SafetyQuestion {
  readonly id: string;
  readonly topic: string;
  /** A plain question (reading grade 8 or lower). */
  readonly prompt: string;
  readonly help?: string;
  /** For nerve and chest signs a "not sure" must count as yes: missing them costs too much. */
  readonly notSureCountsAsYes: boolean;
  readonly answer: SafetyAnswer;
  readonly sources: readonly string[];
}

export interface SafetyTopic {
  readonly id: string;
  readonly group: SafetyTopicGroup;
  readonly title: string;
  readonly intro?: string;
  readonly questions: readonly SafetyQuestion[];
}

interface QuestionWording {
  readonly id: string;
  readonly prompt: string;
  readonly help?: string;
  readonly notSureCountsAsYes?: true;
}

interface TopicWording {
  readonly id: string;
  readonly group: SafetyTopicGroup;
  readonly title: string;
  readonly intro?: string;
  readonly questions: readonly QuestionWording[];
}

const notSureIsYes = 'If you are not sure, answer yes.';

const topicWording: readonly TopicWording[] = [
  {
    id: 'nerve-signs',
    group: 'emergency',
    title: 'Signs of squeezed nerves',
    intro: `These signs are rare, but they need help fast. ${notSureIsYes}`,
    questions: [
      {
        id: 'saddle-numbness',
        prompt: 'Is there new numbness or tingling around your genitals, bottom or inner thighs?',
        help: 'This is the part of you that would touch a bike seat. Count only what is new since the back pain began.',
        notSureCountsAsYes: true,
      },
      {
        id: 'bladder-change',
        prompt: 'Since your back pain began, has it changed how you pee?',
        help: 'For example: it is hard to start, the flow is weaker, you cannot feel your bladder fill, or you leak.',
        notSureCountsAsYes: true,
      },
      {
        id: 'bowel-change',
        prompt: 'Have you lost control of your bowels, or stopped feeling when you need to poo?',
        help: 'Answer about changes that are new.',
        notSureCountsAsYes: true,
      },
      {
        id: 'sexual-function-change',
        prompt:
          'Since the pain began, do your genitals feel numb, or is it hard to get an erection or to come?',
        help: 'Answer about changes that are new since the back pain.',
        notSureCountsAsYes: true,
      },
      {
        id: 'both-legs-symptoms',
        prompt: 'Do you have pain, tingling, numbness or weakness in both legs?',
        help: 'Also answer yes if leg symptoms have spread from one leg to both.',
        notSureCountsAsYes: true,
      },
    ],
  },
  {
    id: 'chest-and-sudden-pain',
    group: 'emergency',
    title: 'Chest pain and sudden pain',
    intro: notSureIsYes,
    questions: [
      {
        id: 'chest-pain',
        prompt:
          'With the back pain, do you have chest pain or tightness, trouble breathing, or pain going into your arm or jaw?',
        notSureCountsAsYes: true,
      },
      {
        id: 'sudden-tearing-pain',
        prompt:
          'Did very bad pain in your back or belly come on all at once, and do you feel faint, sweaty, clammy or short of breath?',
        notSureCountsAsYes: true,
      },
    ],
  },
  {
    id: 'serious-accident',
    group: 'emergency',
    title: 'A serious accident',
    questions: [
      {
        id: 'major-trauma',
        prompt: 'Did the pain start after a bad accident?',
        help: 'For example a car crash, a fall from a height, or a hard blow to the back.',
      },
    ],
  },
  {
    id: 'weakness-fever-weight',
    group: 'urgent',
    title: 'Weakness, fever and weight',
    questions: [
      {
        id: 'leg-weakness-worsening',
        prompt:
          'Is one of your legs getting weaker, or is walking getting harder because of weakness?',
        help: 'For example: your foot slaps or drags, you trip, or your knee gives way.',
        notSureCountsAsYes: true,
      },
      {
        id: 'fever',
        prompt:
          'Do you have a temperature of 38 C (100.4 F) or more, chills, or do you feel ill all over?',
      },
      {
        id: 'weight-loss',
        prompt: 'Have you lost weight in the last few months without trying?',
      },
    ],
  },
  {
    id: 'lumps-belly-legs',
    group: 'urgent',
    title: 'Lumps, belly and legs',
    questions: [
      {
        id: 'back-lump-deformity',
        prompt:
          'Is there a new lump or swelling on your back, or has the shape of your back changed?',
      },
      {
        id: 'pulsing-belly',
        prompt:
          'Do you feel a beat like a pulse in your belly, or have you been told you have a swollen main blood vessel there?',
        help: 'Doctors call this swollen blood vessel an aortic aneurysm.',
      },
      {
        id: 'dvt-now',
        prompt:
          'Is one calf or thigh swollen, warm, red or throbbing, or are you being treated for a blood clot now?',
      },
    ],
  },
  {
    id: 'health-history',
    group: 'routine',
    title: 'Your health so far',
    questions: [
      {
        id: 'cancer-history',
        prompt: 'Have you ever had cancer?',
        help: 'Do not count simple skin cancers such as basal cell cancer.',
      },
      {
        id: 'immunosuppressed',
        prompt:
          'Is your immune system weak, for example from HIV, chemo, a transplant or strong drugs for it?',
        help: 'Strong drugs here means medicines such as biologics that damp down the immune system.',
      },
      {
        id: 'iv-drug-use',
        prompt: 'Do you inject drugs, or have you done so in the past year?',
      },
      {
        id: 'recent-infection',
        prompt:
          'In the last 3 months, have you had an infection caused by germs, or an injection into your spine?',
        help: 'For example an infection of the bladder, skin or chest. An operation on your spine has its own question below.',
      },
      {
        id: 'long-term-steroids',
        prompt:
          'Have you taken steroid tablets, such as prednisolone, for more than about 3 months in all?',
      },
      {
        id: 'recent-spine-surgery',
        prompt: 'Have you had an operation on your spine in the last 3 months?',
      },
    ],
  },
  {
    id: 'pain-pattern',
    group: 'routine',
    title: 'How your pain acts',
    questions: [
      {
        id: 'night-rest-pain',
        prompt:
          'Is your pain there all the time, not eased by rest or by moving, or worse at night?',
      },
      {
        id: 'upper-back-constant',
        prompt:
          'Is the pain mostly between or around your shoulder blades, and the same all the time, whether you move or not?',
      },
      {
        id: 'leg-pain-below-knee',
        prompt:
          'Does pain run below your knee into one leg or foot, with pins and needles or numbness?',
      },
      {
        id: 'inflammatory-pattern',
        prompt:
          'Did your back pain start before age 45, last over 3 months, and make you stiff each morning until you move?',
        help: 'Also answer yes if, instead of the stiffness, the pain wakes you in the second half of the night.',
      },
      {
        id: 'no-improvement-4-weeks',
        prompt: 'After about 4 weeks of looking after your back, is it no better at all?',
      },
    ],
  },
  {
    id: 'bleeding-and-bones',
    group: 'precautions',
    title: 'Bleeding and bones',
    intro: 'These answers change how your plan presses, so it stays safe for you.',
    questions: [
      {
        id: 'blood-thinners',
        prompt: 'Do you take a blood thinner, or do you have a bleeding problem or low platelets?',
        help: 'For example warfarin, apixaban, rivaroxaban, dabigatran, edoxaban or heparin.',
      },
      {
        id: 'osteoporosis',
        prompt: 'Do you have thin bones (osteoporosis), or have you broken a bone in a small fall?',
      },
      {
        id: 'minor-trauma',
        prompt: 'Did this pain start all at once after a small fall, lift or bump?',
      },
    ],
  },
  {
    id: 'pregnancy-and-belly',
    group: 'precautions',
    title: 'Pregnancy and your belly',
    questions: [
      {
        id: 'pregnant',
        prompt: 'Are you pregnant, or could you be?',
      },
      {
        id: 'hernia-or-belly-surgery',
        prompt: 'Do you have a hernia, or have you had an operation on your belly?',
      },
    ],
  },
  {
    id: 'where-you-press',
    group: 'precautions',
    title: 'Where you would press',
    questions: [
      {
        id: 'skin-problem-at-site',
        prompt:
          'Where you would press, is there an open cut, a rash, an infection, a burn, a fresh bruise or sore swollen veins?',
      },
      {
        id: 'recent-fracture-at-site',
        prompt:
          'In the last few months, have you broken a bone in or near the place you would press?',
      },
      {
        id: 'local-inflammation-at-site',
        prompt: 'Is the place you would press hot, red and swollen?',
      },
      {
        id: 'reduced-sensation',
        prompt: 'Is your skin less able to feel where you would press or use heat?',
        help: 'Nerve damage from diabetes is one common cause.',
      },
    ],
  },
  {
    id: 'about-you',
    group: 'numbers',
    title: 'About you and your pain',
    questions: [
      {
        id: 'age',
        prompt: 'How old are you?',
        help: 'Unknot is made for people 16 and over.',
      },
      {
        id: 'pain-weeks',
        prompt: 'How many weeks has this bout of back pain lasted so far?',
        help: 'Count from when this spell of pain began, not from your first ever back pain.',
      },
      {
        id: 'pain-now',
        prompt: 'How bad is your pain right now, from 0 (none) to 10 (the worst you can imagine)?',
      },
    ],
  },
];

const specById: ReadonlyMap<string, SpecQuestion> = new Map(
  safetyScreen.questions.map((question) => [question.id, question]),
);

const answerOf = (question: SpecQuestion | undefined): SafetyAnswer =>
  question?.type === 'number'
    ? {
        kind: 'number',
        min: question.range?.[0] ?? 0,
        max: question.range?.[1] ?? 0,
        unit: question.unit ?? '',
      }
    : { kind: 'yes-no' };

/** Every topic in screen order, each question joined with its spec answer type and sources. */
export const safetyTopics: readonly SafetyTopic[] = topicWording.map((topic) => ({
  ...topic,
  questions: topic.questions.map((wording) => {
    const spec = specById.get(wording.id);
    return {
      ...wording,
      topic: topic.id,
      notSureCountsAsYes: wording.notSureCountsAsYes === true,
      answer: answerOf(spec),
      sources: spec?.sources ?? [],
    };
  }),
}));

/** Every question in the order the screen asks it. */
export const safetyQuestions: readonly SafetyQuestion[] = safetyTopics.flatMap(
  (topic) => topic.questions,
);

/** One screen of the safety check: the topics of one group, asked as one checklist. */
export interface SafetyChecklist {
  readonly id: SafetyTopicGroup;
  readonly title: string;
  readonly intro?: string;
  readonly topics: readonly SafetyTopic[];
  readonly questions: readonly SafetyQuestion[];
}

const checklistWording: Readonly<
  Record<SafetyTopicGroup, { readonly title: string; readonly intro?: string }>
> = {
  emergency: {
    title: 'Signs that need help now',
    intro: 'Tap Yes on any sign you have. Most people have none of these.',
  },
  urgent: {
    title: 'Signs to get checked soon',
    intro: 'Tap Yes on any sign you have.',
  },
  routine: {
    title: 'Your health and your pain',
    intro: 'Tap Yes on any that fit you. They tell us if a clinician should look at your back too.',
  },
  precautions: {
    title: 'So your plan presses safely',
    intro: 'Tap Yes on any that fit you.',
  },
  numbers: { title: 'About you and your pain' },
};

/** The screens for a list of topics: one per group that has any, in group order. */
export function checklistsOf(topics: readonly SafetyTopic[]): SafetyChecklist[] {
  return safetyTopicGroups.flatMap((group) => {
    const inGroup = topics.filter((topic) => topic.group === group);
    if (inGroup.length === 0) return [];
    return [
      {
        id: group,
        ...checklistWording[group],
        topics: inGroup,
        questions: inGroup.flatMap((topic) => topic.questions),
      },
    ];
  });
}

/** The full safety check, screen by screen. */
export const safetyChecklists: readonly SafetyChecklist[] = checklistsOf(safetyTopics);
