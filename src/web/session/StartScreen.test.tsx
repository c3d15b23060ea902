import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { StartScreen } from './StartScreen.js';
import { twoPointPlan } from './sample-plan.js';

describe('the screen before a session', () => {
  const markup = renderToStaticMarkup(
    <StartScreen
      plan={twoPointPlan}
      estimatedMinutes={3}
      onStart={() => {}}
      headingRef={{ current: null }}
    />,
  );

  it('says what is coming in plain words (grade 8 or below)', () => {
    const text = textOf(markup);
    expect(text).toContain('2 steps, about 3 minutes.');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });

  it('offers pain 0 to 10 as eleven buttons named for a screen reader', () => {
    const scores = tagsNamed(markup, 'button').filter((b) => b.class === 'pain-picker__score');
    expect(scores.map((b) => b['aria-label'])).toEqual(
      Array.from({ length: 11 }, (_, n) => `${n} out of 10`),
    );
  });
});
