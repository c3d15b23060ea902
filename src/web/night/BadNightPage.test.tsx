import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { textOf } from '../body-map/rendered-markup.js';
import { BadNightPage } from './BadNightPage.js';

describe('the bad-night screen', () => {
  const markup = renderToStaticMarkup(<BadNightPage />);
  const text = textOf(markup);

  it('reads at grade 8 or below', () => {
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });

  it('offers a 10-minute rest timer and a hip-hanging timer that starts short, with its stop rule', () => {
    expect(text).toContain('Start the 10-minute rest timer');
    expect(text).toContain('Start hanging for 5 minutes');
    expect(text).toContain('If it hurts, stop at once');
    expect(text).toContain('10 minutes is the most.');
  });

  it('draws the knees-bent, legs-on-a-chair and hip-hanging positions', () => {
    const poses = [...markup.matchAll(/data-pose="([^"]+)"/g)].map((match) => match[1]);
    expect(poses).toEqual(['knees-bent', 'legs-on-chair', 'hips-hanging']);
  });
});
