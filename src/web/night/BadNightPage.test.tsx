import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import type { Answers } from '../../core/contracts/triage.js';
import { redFlagGroups, triage } from '../../core/triage/index.js';
import { textOf } from '../body-map/rendered-markup.js';
import { BadNightPage, BadNightView } from './BadNightPage.js';
import { nightOfferFor } from './night-offer.js';

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

  it('says the warning signs in one line with a link, so Position 1 comes next on a phone', () => {
    const line = text.indexOf('Get help now.');
    const first = text.indexOf('Position 1');
    const list = text.indexOf('Get help now if');
    expect(line).toBeGreaterThan(-1);
    expect(line).toBeLessThan(first);
    expect(first).toBeLessThan(list);
    expect(markup).toContain('href="#night-warning-title"');
  });

  it('draws the knees-bent, legs-on-a-chair and hip-hanging positions', () => {
    const poses = [...markup.matchAll(/data-pose="([^"]+)"/g)].map((match) => match[1]);
    expect(poses).toEqual(['knees-bent', 'legs-on-chair', 'hips-hanging']);
  });
});

describe('the bad-night screen after the safety screen', () => {
  const view = (answers: Answers) => {
    const record = {
      answers,
      result: triage(answers),
      answeredAt: '2026-03-02T09:00:00.000Z',
      changeReportedAt: null,
    };
    return renderToStaticMarkup(<BadNightView choices={nightOfferFor(record)} />);
  };

  it('shows no lying-flat position in pregnancy, offers side-lying, and says why', () => {
    const markup = view({ age: 30, 'pain-weeks': 2, pregnant: true });
    const poses = [...markup.matchAll(/data-pose="([^"]+)"/g)].map((match) => match[1]);
    expect(poses).toEqual([]);
    const text = textOf(markup);
    expect(text).toContain('Position 1: on your side');
    expect(text).not.toContain('Start hanging');
    expect(text).toContain('Left out for you');
    expect(text).toMatch(/lying flat on your back can press on a big vein/);
  });

  it('lists the signs that need help now from the spec', () => {
    const text = textOf(view({ age: 40, 'pain-weeks': 2 }));
    for (const sign of redFlagGroups()[0]!.flags) expect(text).toContain(sign.words);
  });
});
