import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { triggerPoints } from '../../content/trigger-points.js';
import { isRegionId } from '../../core/body/index.js';
import type { MatchResultItem } from '../../core/contracts/match.js';
import { matchTriggerPoints } from '../../core/match/index.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { ResultsList } from './ResultsList.js';

// Real matches for pain across the left low back, hip bone and top of the back of the thigh.
const marks = [
  { id: 'low-back-left', intensity: 7 },
  { id: 'iliac-crest-left', intensity: 5 },
  { id: 'thigh-back-upper-left', intensity: 5 },
].flatMap((m) => (isRegionId(m.id) ? [{ id: m.id, intensity: m.intensity }] : []));
const results: MatchResultItem[] = matchTriggerPoints(marks, triggerPoints);

const render = (items: readonly MatchResultItem[]) =>
  renderToStaticMarkup(<ResultsList results={items} />);

describe('the list of matched points', () => {
  it('shows the top five as cards and the rest behind "show more"', () => {
    expect(results.length).toBeGreaterThan(5);
    const markup = render(results);
    expect(tagsNamed(markup, 'article')).toHaveLength(5);
    expect(textOf(markup)).toContain(`Show ${results.length - 5} more points`);
  });

  it('shows no "show more" when five or fewer points match', () => {
    const markup = render(results.slice(0, 3));
    expect(tagsNamed(markup, 'article')).toHaveLength(3);
    expect(textOf(markup)).not.toContain('more point');
  });

  it('puts the gluteal point first, with its step, its reason and its drawing', () => {
    const markup = render(results);
    const text = textOf(markup);
    const first = markup.slice(0, markup.indexOf('</article>'));
    expect(textOf(first)).toContain('Buttock point below the hip bone (your left)');
    expect(textOf(first)).toContain('Step 1 of the method');
    expect(textOf(first)).toContain(results[0]!.why);
    expect(tagsNamed(first, 'path').some((p) => p['data-zone'] === 'essential')).toBe(true);
    expect(tagsNamed(first, 'circle').some((c) => c['data-zone'] === 'point')).toBe(true);
    expect(text).toContain('Main pain area');
    expect(tagsNamed(first, 'a').map((a) => a.href)).toEqual([
      '/learn/muscles#glute-overlap-point',
    ]);
  });

  it('lists the QL points among the top five', () => {
    const titles = tagsNamed(render(results), 'h2').length;
    expect(titles).toBe(5);
    expect(textOf(render(results))).toMatch(/Hip hiker \(QL\)/);
  });

  it('says that pain maps vary and are a guide, not a diagnosis', () => {
    expect(textOf(render(results))).toContain('a guide, not a diagnosis');
  });

  it('says plainly when nothing fits, and suggests seeing a professional', () => {
    const text = textOf(render([]));
    expect(text).toContain('No point fits the places you marked');
    expect(text).toMatch(/see a doctor or a physiotherapist/);
    expect(tagsNamed(render([]), 'article')).toHaveLength(0);
  });

  it('names each "how to treat" link after its own point', () => {
    const links = tagsNamed(render(results), 'a');
    expect(links).toHaveLength(5);
    expect(new Set(links.map((a) => a['aria-label'])).size).toBe(5);
    expect(links[0]?.['aria-label']).toBe(
      'How to treat it: Buttock point below the hip bone (your left)',
    );
  });
});
