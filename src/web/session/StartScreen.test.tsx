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

  it('makes scoring the obvious action: starting without a score is the quiet way', () => {
    expect(textOf(markup)).toContain('Start without a pain score');
    const primary = tagsNamed(markup, 'button').filter((b) => b.class?.includes('start__go'));
    expect(primary).toHaveLength(0);
  });

  it('reuses a fresh score from the safety check, which can be changed, and starts with it', () => {
    const given = renderToStaticMarkup(
      <StartScreen
        plan={twoPointPlan}
        estimatedMinutes={3}
        onStart={() => {}}
        headingRef={{ current: null }}
        givenPain={6}
      />,
    );
    expect(textOf(given)).toContain('You gave your pain as 6 out of 10 in the safety check.');
    const pressed = tagsNamed(given, 'button').filter((b) => b['aria-pressed'] === 'true');
    expect(pressed.map((b) => b['aria-label'])).toEqual(['6 out of 10']);
    expect(textOf(given)).toContain('Start the session');
    expect(textOf(given)).not.toContain('Start without a pain score');
  });
});
