import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { MapPage } from './MapPage.js';
import { mapWords } from './map-words.js';

describe('the map page', () => {
  const markup = renderToStaticMarkup(<MapPage />);

  it('asks "Where does it hurt?" as its one main heading, with a short intro', () => {
    expect(markup.match(/<h1[ >]/g)).toHaveLength(1);
    expect(textOf(markup)).toContain('Where does it hurt?');
    expect(textOf(markup)).toContain(mapWords.intro);
  });

  it('shows the body map with plain region names', () => {
    const regions = tagsNamed(markup, 'path').filter((p) => p['data-region']);
    const names = new Map(regions.map((p) => [p['data-region'], p['aria-label']]));
    expect(names.get('low-back-left')).toBe('Low back beside the spine, your left, not marked');
    expect(names.get('saddle-area')).toBe(
      'Saddle area (genitals, anus, inner buttocks), not marked',
    );
  });

  it('keeps "See what may cause it" unusable, with the reason, until a place hurts', () => {
    const button = tagsNamed(markup, 'button').find((b) => b.class?.includes('map-page__see'));
    expect(button?.['aria-disabled']).toBe('true');
    const reason = tagsNamed(markup, 'p').find((p) => p.id === button?.['aria-describedby']);
    expect(reason).toBeDefined();
    expect(textOf(markup)).toContain('First mark at least one place that hurts.');
  });

  it('offers a way back to the start', () => {
    expect(tagsNamed(markup, 'a').some((a) => a.href === '/')).toBe(true);
  });

  it('says everything in words a grade 8 reader follows', () => {
    for (const text of Object.values(mapWords)) {
      expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
    }
  });
});
