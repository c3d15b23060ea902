// Personal tips from the "what loads your back" self-review (S13, S14): one per overload group
// the person said yes to, with the content's advice. Body chemistry goes to a doctor and a blood
// test, never a list of supplements; a fall or knock sends the person back to the safety screen.

import { overloadCauses } from '../../content/overload-causes.js';
import type { OverloadCause } from '../../content/schema.js';
import type { OverloadAnswers, OverloadGroup, OverloadTip } from '../contracts/plan.js';

const redoScreen =
  'Go through the safety questions again, and say yes to the one about a fall or knock.';

interface GroupReading {
  readonly group: OverloadGroup;
  readonly because: (answers: OverloadAnswers) => string | null;
  readonly first?: string;
  readonly action: OverloadTip['action'];
}

const readings: readonly GroupReading[] = [
  {
    group: 'exertion',
    because: (a) =>
      a.exertion
        ? 'You said the pain came after more effort than your muscles were used to.'
        : null,
    action: null,
  },
  {
    group: 'repetition',
    because: (a) => {
      const said = [
        a.repetition ? 'you repeat one task or hold one posture for hours' : null,
        a.sleep ? 'you sleep in the same position night after night' : null,
      ].filter((part) => part !== null);
      return said.length === 0 ? null : `You said ${said.join(', and ')}.`;
    },
    action: null,
  },
  {
    group: 'biochemical',
    because: (a) =>
      a.biochemical
        ? 'You said your sore spots keep coming back, or you have a health problem, an infection or a new medicine.'
        : null,
    action: 'ask-doctor-about-blood-test',
  },
  {
    group: 'trauma',
    because: (a) =>
      a.trauma
        ? 'You said the pain began after a slip, a fall, a knock or an accident. That needs a safety check first.'
        : null,
    first: redoScreen,
    action: 'redo-safety-screen',
  },
];

/** Tips in the order of the four groups, each with the content's advice for its cause. */
export function overloadTips(
  answers: OverloadAnswers,
  causes: readonly OverloadCause[] = overloadCauses,
): OverloadTip[] {
  return readings.flatMap((reading) => {
    const because = reading.because(answers);
    const cause = causes.find((entry) => entry.group === reading.group);
    if (because === null || cause === undefined) return [];
    return [
      {
        group: reading.group,
        cause: cause.id,
        because,
        advice: [...(reading.first ? [reading.first] : []), ...cause.whatYouCanDo],
        action: reading.action,
      },
    ];
  });
}
