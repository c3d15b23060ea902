// Learn articles about the point work itself: what a trigger point is, the psoas, how hard
// and how long to press, what to expect over time, and how to choose a tool.
import type { LearnArticle } from '../schema.js';
import {
  article,
  fryerPressureRelease,
  furlanMassage,
  houCompression,
  niceLowBackPain,
  quintnerTriggerPoints,
  sajkoPsoas,
  travellIliopsoas,
  travellOverview,
} from '../sources.js';

export const pointWorkArticles = [
  {
    id: 'what-is-a-trigger-point',
    title: 'What a trigger point is',
    summary:
      'A trigger point is a small, tender spot in a tight band of muscle. Pressing it can cause pain in another place. Here is what is known, and what is still debated.',
    sections: [
      {
        heading: 'A sore spot that sends pain elsewhere',
        paragraphs: [
          'A trigger point is a small spot in a muscle that hurts when you press it. It often sits in a tight band you can feel under the skin. Pressing it may cause pain somewhere else, not just under your finger. This is called referred pain.',
          'Dr Janet Travell spent decades studying muscle pain. She mapped where each common point tends to send pain. Unknot uses her maps to suggest which points may lie behind the pain you mark.',
        ],
      },
      {
        heading: 'Why they form',
        paragraphs: [
          'Trigger points are thought to come from overload. That does not only mean heavy work. It means the place where a nerve meets the muscle gets too much signal for too long. Hard effort, long hours in one posture, body chemistry and injuries can all add to it.',
        ],
      },
      {
        heading: 'The maps are a guide',
        paragraphs: [
          'Where a point sends pain differs from person to person. Treat the maps as a guide, not a diagnosis. If pressing a point does not bring on your kind of pain, it may not be the cause.',
        ],
      },
      {
        heading: 'How pressure helps',
        paragraphs: [
          'Steady pressure is a simple way to treat a point yourself. Many people find the point softens after it. Why it helps is not known. One idea is that the spot is short of blood and oxygen, and that fresh blood flows in when you let go. That idea has not been proven.',
          'Dr Travell used other methods too, such as a cold spray followed by a stretch. Unknot keeps to pressure and gentle movement, which you can do safely at home.',
        ],
      },
      {
        heading: 'What is still debated',
        paragraphs: [
          'Researchers still argue about what trigger points are and how best to find them. Studies of pressure for back pain are small. So think of this as self-care to try. Keep what helps you and drop what does not.',
        ],
      },
      {
        heading: 'What the evidence says about massage',
        paragraphs: [
          'A large review of massage for low back pain found that it may ease pain a little for a short time. The studies were small and of low quality, so we cannot be sure, and the gain did not last (Furlan and others, 2015).',
          'The UK guide for back pain (NICE NG59) says to try hands-on care such as massage only with exercise, not on its own. That is why each Unknot plan ends with a movement.',
        ],
      },
    ],
    covers: ['S13', 'S15', 'S44'],
    sources: [article, travellOverview, quintnerTriggerPoints, furlanMassage, niceLowBackPain],
  },
  {
    id: 'why-the-psoas-is-left-alone',
    title: 'Why Unknot mostly leaves the psoas alone',
    summary:
      'The psoas is a deep hip muscle that can play a part in low back pain. It is tender in almost everyone, and hard pressing through the belly is not needed. Slow, gentle releases are the better way.',
    sections: [
      {
        heading: 'What the psoas does',
        paragraphs: [
          'The psoas and the iliacus together form the main muscle that bends your hip. There is one on each side of the spine. They cross the front of the pelvis to the top of the thigh bone. They pull the thigh up toward the trunk, and the trunk down toward the thigh.',
        ],
      },
      {
        heading: 'Tender is normal',
        paragraphs: [
          'Because it works all day, the psoas is sore to the touch in almost everyone. So a tender psoas does not prove it needs work. Sometimes it does play a part in low back pain, but often it does not.',
        ],
      },
      {
        heading: 'When it stays short',
        paragraphs: [
          'A psoas that stays tight pulls the low spine down toward the pelvis. The hip hiker and the long spine muscles then have to work while short, and they may start to hurt.',
          'If only one side is short, the foot on that side may turn out, and that shoulder may sit lower and further forward. The psoas self-check looks for these signs.',
        ],
      },
      {
        heading: 'Release, do not force',
        paragraphs: [
          'Hard pressure deep in the belly is not pleasant, and it sits near organs and large blood vessels. Unknot never asks you to press there. Instead you rest in easy positions that let the muscle relax, slowly and gently, on your own. If it has been short for a long time, repeat the releases often.',
          'The article says the psoas cannot be stretched at all. That goes too far, since a lunge does lengthen it. But a gentle release is the kinder place to start.',
        ],
      },
      {
        heading: 'What comes next',
        paragraphs: [
          'If neither side seems short, or pain stays after the releases, move on to the trigger point steps. Start with the buttock point, then the spine muscles, then the hip hiker.',
        ],
      },
    ],
    covers: ['S05', 'S06', 'S07', 'S08', 'S09', 'S11', 'S12'],
    sources: [article, sajkoPsoas, travellIliopsoas],
  },
  {
    id: 'how-hard-and-how-long',
    title: 'How hard to press, and for how long',
    summary:
      'Press firmly, but stay within what you can bear. Hold for 10 seconds and repeat 3 or 4 times, or try one longer, gentler hold.',
    sections: [
      {
        heading: 'Strong, but comfortable',
        paragraphs: [
          'Press firmly enough to feel the spot clearly. But your comfort comes first. A good test: you can still breathe slowly and keep the rest of your body soft.',
          'If the pain makes you hold your breath, wince or tense other muscles, press less. Pain that makes the body brace works less well, and it can leave you sore.',
        ],
      },
      {
        heading: 'How long to hold',
        paragraphs: [
          'The article says to hold each spot for 10 seconds, or to make small circles for 10 seconds. Do this 3 or 4 times, or until the spot eases.',
          'Studies of held pressure used longer holds. With gentle pressure they held for about 90 seconds, and with firmer pressure for about 30. If short holds do not help, try one longer, gentler hold instead.',
        ],
      },
      {
        heading: 'When to stop',
        paragraphs: [
          'Stop and move off the spot if you feel numbness, tingling or pain that shoots down a leg. You may be pressing on a nerve.',
          'If a bruise appears, or pain is worse the next day and stays worse, give that spot a rest and ask a professional.',
        ],
      },
    ],
    covers: ['S19', 'S44', 'S45'],
    sources: [article, houCompression, fryerPressureRelease, travellOverview],
  },
  {
    id: 'what-to-expect',
    title: 'What to expect over days and weeks',
    summary:
      'There is no clear moment when a point lets go. Most ease slowly over several sessions. Your log shows the trend.',
    sections: [
      {
        heading: 'No single sign',
        paragraphs: [
          'You may not feel a click or a melt when a point releases. More often, the point just hurts a bit less each time, and sends pain less far.',
        ],
      },
      {
        heading: 'Days to weeks',
        paragraphs: [
          'Most points ease slowly over repeated sessions, across several days to a few weeks. Rate your pain before and after each session. The progress page then shows you the trend.',
        ],
      },
      {
        heading: 'Stubborn points',
        paragraphs: [
          'Some points keep coming back. They may hold old scar tissue, or something may keep overloading the muscle. Regular point work can still help you manage long-term pain. Look at what overloads muscles, and talk to your doctor if points keep coming back.',
        ],
      },
      {
        heading: 'Spots you cannot reach',
        paragraphs: [
          'Some points are hard to reach on your own. A massage therapist or physiotherapist trained in trigger point work can treat them. Any amount of hands-on work can help, so even a few visits may be worth it.',
        ],
      },
    ],
    covers: ['S43', 'S46'],
    sources: [article, travellOverview],
  },
  {
    id: 'choosing-a-tool',
    title: 'Choosing a tool',
    summary:
      'Everyone feels pressure in their own way. Start soft, and go firmer only if you need to. Two tennis balls in a sock are all most people need.',
    sections: [
      {
        heading: 'Start soft',
        paragraphs: [
          'How much pressure feels right differs a lot between people. So try a few tools to find the size and firmness that suit you.',
          'Start with a tennis ball. If it feels too soft, try a lacrosse ball, which is much harder. After that come balls, blocks and hand tools made for point work.',
        ],
      },
      {
        heading: 'Match the tool to your body',
        paragraphs: [
          'For the deep groove beside the spine, use two balls side by side. Smaller people may find two racquet balls fit better. A larger person with a wider spine may do better with a small dumbbell of 1 to 3 pounds, wrapped in a towel.',
        ],
      },
      {
        heading: 'No shopping needed',
        paragraphs: [
          'Unknot links to no shop and earns nothing from tools. The source article does earn money from shop links, and says so. Every tool here has a household choice, and your own hands always work.',
        ],
      },
    ],
    covers: ['S16', 'S33', 'S34', 'S56'],
    sources: [article],
  },
] as const satisfies readonly LearnArticle[];
