// What each precaution changed, in plain words: one line per changed step and one per plan.
// The rules themselves live in precautions.ts; these only explain them.
import type { Technique } from '../../content/schema.js';
import type { ToolId } from '../spec/index.js';
import { gentleHoldSeconds, type LimitId } from './precautions.js';

const toolWords: Readonly<Record<ToolId, string>> = {
  fists: 'your fists',
  thumbs: 'your thumbs',
  fingers: 'your fingers',
  'tennis-ball': 'a tennis ball',
  'lacrosse-ball': 'a lacrosse ball',
  'racquet-ball': 'racquet balls',
  'two-balls-sock': 'two balls in a sock',
  'massage-block': 'a massage block',
  'small-dumbbell': 'a small dumbbell',
  bolster: 'a bolster',
};

const positionWords: Readonly<Record<Technique['position'], string>> = {
  'lying-on-back': 'lying on your back',
  'lying-on-side': 'lying on your side',
  'lying-face-down': 'lying face down',
  'standing-wall': 'against a wall',
  standing: 'standing up',
  sitting: 'sitting down',
};

/** "it uses your fists, standing up" or "it is done sitting down": how a step is done instead. */
export const howWords = (position: Technique['position'], tools: readonly ToolId[]): string => {
  const first = tools[0];
  const where = positionWords[position];
  return first === undefined ? `it is done ${where}` : `it uses ${toolWords[first]}, ${where}`;
};

/** Why the plan picked this way of doing a step over one it liked better. */
export function replacedWords(id: LimitId, how: string): string {
  switch (id) {
    case 'gentle-pressure':
    case 'gentle-pressure-no-heat':
      return `Your full weight never goes on a ball or block, so ${how}.`;
    case 'fragile-bones':
      return `No body weight on a ball, to keep your bones safe, so ${how}.`;
    case 'pregnancy':
      return `Nothing flat on your back and no belly pressure, so ${how}.`;
    case 'no-belly-pressure':
      return `No pressure on your belly or groin, so ${how}.`;
    case 'no-leg-pressure':
      return `Nothing presses on your legs, so ${how}.`;
    case 'skip-marked-area':
      return `This keeps clear of the area you marked, so ${how}.`;
    case 'avoid-operated-area':
      return `Nothing presses on your back or bends or twists it so soon after surgery, so ${how}.`;
    case 'start-gentle':
      return `Your pain is high today, so you start gently: ${how}.`;
  }
}

/** Changes a precaution makes to every point step, whatever technique it uses. */
export const everyPointWords: Readonly<Record<string, string>> = {
  'gentle-pressure': `Press lightly and hold for ${gentleHoldSeconds} seconds, not 10, since you bruise more easily. Stop if a bruise shows.`,
  'gentle-pressure-no-heat':
    'Press lightly. With less feeling, your skin may not warn you in time. No heat pack here.',
};

/** Fragile bones on a wall step: the wall takes the weight, so lean gently. */
export const leanLightlyWords =
  'Lean on the wall gently. Your body weight never goes onto the ball.';

/** A site precaution with no areas named yet: nothing presses until they are. */
export const markAreasWords =
  'Mark the areas to keep clear on the body map first. Until you do, your plan has no pressing at all.';

export const avoidedAreaWords = 'This keeps clear of the area you marked to skip.';

/** What a precaution does to the whole plan, for the list under the steps. */
export function planChangeWords(id: string, markedAreas: number, specText: string): string {
  switch (id) {
    case 'gentle-pressure':
      return `Light pressure and ${gentleHoldSeconds}-second holds, and never your full weight on a ball or block. Stop if a bruise shows.`;
    case 'gentle-pressure-no-heat':
      return 'Light pressure only, and no heat pack where your skin feels less.';
    case 'fragile-bones':
      return 'No body weight on a ball, block or dumbbell. Your hands, or a wall with light pressure, do the work.';
    case 'pregnancy':
      return 'No psoas release, no belly pressure, and nothing lying flat on your back. Agree your self-care with your midwife or doctor.';
    case 'no-belly-pressure':
      return 'No pressure on your belly, groin or psoas, and no psoas release.';
    case 'no-leg-pressure':
      return 'Nothing presses on your legs. The plan keeps to your back and hips.';
    case 'skip-marked-area':
      return markedAreas > 0
        ? 'No step presses on the areas you marked to skip, or next to them.'
        : markAreasWords;
    case 'avoid-operated-area':
      return markedAreas > 0
        ? 'Nothing presses on your back, from the neck to the tailbone, and nothing bends or twists it. No step presses on the areas you marked, or next to them.'
        : `Nothing presses on your back, from the neck to the tailbone, and nothing bends or twists it. ${markAreasWords}`;
    case 'start-gentle':
      return 'Your pain is 8 or more today, so the plan starts gently: never your full weight on a ball or block.';
    default:
      return specText;
  }
}
