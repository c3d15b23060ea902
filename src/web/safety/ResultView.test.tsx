import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { emergencyNumbersFrom } from './emergency-number.js';
import { SafetyResultView } from './ResultView.js';
import { resultKind, tellLines } from './result-kind.js';

const render = (answers: Answers, numbers?: string) =>
  renderToStaticMarkup(
    <SafetyResultView
      result={triage(answers)}
      {...(numbers ? { numbers: emergencyNumbersFrom(numbers) } : {})}
    />,
  );
const headingOf = (markup: string) => textOf(markup.match(/<h1[^>]*>.*?<\/h1>/)?.[0] ?? '');
const links = (markup: string) => tagsNamed(markup, 'a').map((a) => a.href);

describe('the result screens', () => {
  it('tells an emergency to stop and call, with a dial button per number and no way on', () => {
    const markup = render({ 'saddle-numbness': true, 'blood-thinners': true });
    expect(headingOf(markup)).toBe('Stop. Get emergency help now.');
    expect(textOf(markup)).toContain('Call 911 (US), 112 (EU) or 999 (UK) now');
    expect(textOf(markup)).toContain('nerves at the bottom of the spine');
    expect(links(markup)).toEqual(['tel:911', 'tel:112', 'tel:999']);
    expect(textOf(markup)).not.toContain('How your plan changes');
  });

  it("shows the deployment's own emergency number", () => {
    const markup = render({ 'chest-pain': true }, '000 (Australia)');
    expect(textOf(markup)).toContain('Call 000 (Australia) now');
    expect(links(markup)).toEqual(['tel:000']);
  });

  it('sends urgent signs to a doctor within 24 to 48 hours, or today where the rule says so', () => {
    const later = render({ 'back-lump-deformity': true, 'weight-loss': true });
    expect(headingOf(later)).toBe('Stop self-treatment for now');
    expect(textOf(later)).toContain('See a doctor within 24 to 48 hours.');
    expect(textOf(later)).toContain('Tell them when you first noticed the lump');
    expect(textOf(later)).toContain('Tell them how much weight you have lost');
    const today = render({ fever: true, immunosuppressed: true });
    expect(textOf(today)).toContain('See a doctor today.');
    expect(links(today)).not.toContain('/preferences');
  });

  it('stops people under 16 even though the level is routine', () => {
    const markup = render({ age: 12 });
    expect(resultKind(triage({ age: 12 }))).toBe('stopped');
    expect(headingOf(markup)).toBe('Please stop here');
    expect(textOf(markup)).toContain('parent or carer');
    expect(links(markup)).not.toContain('/preferences');
  });

  it('lets routine results go on to tools and place, saying why to see a clinician soon', () => {
    const markup = render({ 'leg-pain-below-knee': true });
    expect(headingOf(markup)).toBe('You can go on with self-care');
    expect(textOf(markup)).toContain('see a doctor or physio soon');
    expect(textOf(markup)).toContain('sciatica');
    expect(links(markup)).toEqual(['/preferences']);
    expect(textOf(markup)).toContain('Next: your tools and place');
  });

  it('lists every precaution with how the plan changes', () => {
    const markup = render({ 'blood-thinners': true, pregnant: true, osteoporosis: true });
    expect(headingOf(markup)).toBe('You can start self-care');
    const items = tagsNamed(markup, 'li').map((li) => li['data-precaution']);
    expect(items).toEqual(['gentle-pressure', 'fragile-bones', 'pregnancy']);
    expect(textOf(markup)).toContain('light to medium');
    expect(textOf(markup)).toContain('midwife');
  });

  it('names what to tell the doctor once per thing', () => {
    const result = triage({ 'cancer-history': true, 'pain-weeks': 2, age: 60 });
    expect(new Set(tellLines(result)).size).toBe(tellLines(result).length);
  });

  it('points a same-day result to urgent care when the own doctor cannot see them today', () => {
    const today = render({ fever: true, immunosuppressed: true });
    expect(textOf(today)).toContain('See a doctor today.');
    expect(textOf(today)).toContain('urgent care centre');
    const later = render({ 'back-lump-deformity': true });
    expect(textOf(later)).not.toContain('urgent care centre');
  });

  it('reads at grade 8 or lower', () => {
    for (const answers of [
      { 'saddle-numbness': true },
      { fever: true },
      { age: 12 },
      { 'night-rest-pain': true },
      { 'blood-thinners': true },
    ] satisfies Answers[]) {
      expect(fleschKincaidGrade(textOf(render(answers)))).toBeLessThanOrEqual(8);
    }
  });
});
