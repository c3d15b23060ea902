import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { SafetyStopBannerView } from './SafetyStopBanner.js';

const answeredAt = new Date('2026-03-02T09:00:00.000Z');

const banner = (answers: Answers | null, now: Date = answeredAt) =>
  renderToStaticMarkup(
    <SafetyStopBannerView
      record={
        answers === null
          ? null
          : {
              answers,
              result: triage(answers),
              answeredAt: answeredAt.toISOString(),
              changeReportedAt: null,
            }
      }
      now={now}
    />,
  );

describe('the stop banner on pages that teach pressing', () => {
  it('says nothing without a screen or when the screen allows self-care', () => {
    expect(banner(null)).toBe('');
    expect(banner({ age: 40, 'blood-thinners': true })).toBe('');
  });

  it('puts the emergency call first after an emergency answer, however old the screen', () => {
    const markup = banner({ 'bladder-change': true }, new Date('2026-04-30T09:00:00.000Z'));
    expect(tagsNamed(markup, 'h2')).toHaveLength(1);
    expect(textOf(markup)).toContain('Get emergency help now');
    expect(tagsNamed(markup, 'a').map((a) => a.href)).toContain('tel:112');
    expect(textOf(markup)).toContain('Do not press on sore spots');
  });

  it('says to stop and see a doctor after an urgent answer, with a way to the result', () => {
    const markup = banner({ 'back-lump-deformity': true });
    expect(textOf(markup)).toContain('Self-treatment is stopped for now');
    expect(textOf(markup)).toContain('Do not press on sore spots');
    expect(tagsNamed(markup, 'a').map((a) => a.href)).toEqual(['/safety/result']);
    expect(fleschKincaidGrade(textOf(markup))).toBeLessThanOrEqual(8);
  });
});
