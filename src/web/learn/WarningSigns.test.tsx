import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { learnArticles } from '../../content/learn-articles.js';
import { redFlagGroups } from '../../core/triage/index.js';
import { textOf } from '../body-map/rendered-markup.js';
import { WarningSigns, warningSignsArticleId } from './WarningSigns.js';

describe("Learn's warning signs", () => {
  const text = textOf(renderToStaticMarkup(<WarningSigns />));

  it('lists every sign of the spec under the timing triage gives it, most urgent first', () => {
    const groups = redFlagGroups();
    expect(groups.map((group) => group.when)).toEqual([
      'now',
      'same-day',
      'within-48-hours',
      'soon',
    ]);
    let from = 0;
    for (const group of groups) {
      const at = text.indexOf(group.heading, from);
      expect(at).toBeGreaterThanOrEqual(from);
      for (const flag of group.flags) expect(text).toContain(flag.words);
      from = at;
    }
    // Fever goes under "today", never under "book a visit".
    expect(text.indexOf('See a doctor today if you have')).toBeLessThan(
      text.indexOf('A temperature of 38'),
    );
    expect(text).not.toMatch(/book a visit/i);
  });

  it('leaves no hand-written warning-sign list in the article itself', () => {
    const article = learnArticles.find((entry) => entry.id === warningSignsArticleId);
    expect(article).toBeDefined();
    const written = JSON.stringify(article);
    expect(written).not.toMatch(/book a visit|fever|numbness|chest pain/i);
  });
});
