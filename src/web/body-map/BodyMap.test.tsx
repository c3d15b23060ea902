import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { specRegions } from '../../core/spec/index.js';
import { BodyMap } from './BodyMap.js';
import { regionGeometry } from './regions-geometry.js';
import { tagsNamed, textOf } from './rendered-markup.js';

const names = new Map(specRegions.map((r) => [r.id, r.name]));
const regionName = (id: string): string => names.get(id) ?? id;

function renderMap(marks: Record<string, number>, withSaddleHandler = false): string {
  return renderToStaticMarkup(
    <BodyMap
      marks={marks}
      onChange={() => undefined}
      regionName={regionName}
      {...(withSaddleHandler ? { onSaddleMarked: () => undefined } : {})}
    />,
  );
}

const regionControls = (markup: string) =>
  tagsNamed(markup, 'path').filter((p) => p['data-region']);

describe('the body map', () => {
  it('makes every spec region exactly one button named by its place and pain', () => {
    const marks = { 'low-back-left': 6, sacrum: 0 };
    const controls = regionControls(renderMap(marks));
    for (const region of specRegions) {
      const mine = controls.filter((c) => c['data-region'] === region.id);
      expect(mine).toHaveLength(1);
      const [control] = mine;
      expect(control).toMatchObject({ role: 'button', d: regionGeometry[region.id]!.d });
      expect(['0', '-1']).toContain(control!.tabindex);
    }
    const byId = new Map(controls.map((c) => [c['data-region'], c]));
    expect(byId.get('low-back-left')).toMatchObject({
      'aria-label': 'Low back beside the spine (left), pain 6 of 10',
      'aria-pressed': 'true',
    });
    expect(byId.get('sacrum')?.['aria-label']).toBe(
      'Sacrum, the flat bone at the base of the spine, pain 0 of 10',
    );
    expect(byId.get('low-back-right')).toMatchObject({
      'aria-label': 'Low back beside the spine (right), not marked',
      'aria-pressed': 'false',
    });
  });

  it('gives each view one Tab stop into the figure (roving focus)', () => {
    const controls = regionControls(renderMap({}));
    for (const view of ['back', 'front'] as const) {
      const stops = controls.filter(
        (c) => regionGeometry[c['data-region']!]!.view === view && c.tabindex === '0',
      );
      expect(stops).toHaveLength(1);
    }
  });

  it("shows the back first with the front as a second tab, each labelled with the person's sides", () => {
    const markup = renderMap({});
    const tabs = tagsNamed(markup, 'button').filter((b) => b.role === 'tab');
    expect(tabs.map((t) => t['aria-selected'])).toEqual(['true', 'false']);
    const panels = tagsNamed(markup, 'div').filter((d) => d.role === 'tabpanel');
    expect(panels).toHaveLength(2);
    expect(panels[0]!.hidden).toBeUndefined();
    expect(panels[1]!.hidden).toBe('');
    expect(tabs.map((t) => t['aria-controls'])).toEqual(panels.map((p) => p.id));
    const figures = tagsNamed(markup, 'svg');
    expect(figures.map((f) => f['aria-label'])).toEqual([
      'Back of the body, seen from behind. Your left is on the left.',
      'Front of the body, seen face on. Your left is on the right.',
    ]);
    expect(textOf(markup).match(/Your left Your right/g)).toHaveLength(1);
    expect(textOf(markup).match(/Your right Your left/g)).toHaveLength(1);
  });

  it('draws the number on each marked area, so colour is not the only sign', () => {
    const markup = renderMap({ 'low-back-left': 6, 'chest-right': 3 });
    const numbers = [...markup.matchAll(/class="body-map__pain-number"[^>]*>(\d+)</g)].map(
      (m) => m[1],
    );
    expect(numbers.sort()).toEqual(['3', '6']);
    const marked = regionControls(markup).filter((c) => c['aria-pressed'] === 'true');
    expect(marked.every((c) => /--region-fill:#[0-9a-f]{6}/.test(c.style ?? ''))).toBe(true);
  });

  it('lists the marked areas as text with their pain, and offers to clear them all', () => {
    const text = textOf(renderMap({ 'low-back-left': 6, 'hip-side-right': 2 }));
    expect(text).toContain('Low back beside the spine (left): 6 of 10, moderate');
    expect(text).toContain('Outside of the hip (greater trochanter) (right): 2 of 10, mild');
    expect(text).toContain('Clear all');
    expect(textOf(renderMap({}))).toContain('Nothing marked yet');
  });

  it('counts marked areas on each tab', () => {
    const tabs = tagsNamed(renderMap({ sacrum: 4, tailbone: 2, 'chest-left': 1 }), 'button');
    expect(tabs.filter((t) => t.role === 'tab')).toHaveLength(2);
    const text = textOf(renderMap({ sacrum: 4, tailbone: 2, 'chest-left': 1 }));
    expect(text).toContain('Back 2 marked');
    expect(text).toContain('Front 1 marked');
  });

  it('warns with emergency advice when the saddle area is marked and no safety screen is wired', () => {
    const alone = renderMap({ 'saddle-area': 5 });
    expect(tagsNamed(alone, 'div').some((d) => d.role === 'alert')).toBe(true);
    expect(textOf(alone)).toContain('call your emergency number');
    const wired = renderMap({ 'saddle-area': 5 }, true);
    expect(tagsNamed(wired, 'div').some((d) => d.role === 'alert')).toBe(false);
    expect(tagsNamed(renderMap({}), 'div').some((d) => d.role === 'alert')).toBe(false);
  });

  it('offers a zoom toggle for small areas, off at first', () => {
    const zoom = tagsNamed(renderMap({}), 'button').find((b) => b.class === 'body-map__zoom');
    expect(zoom).toMatchObject({ 'aria-pressed': 'false' });
  });
});

describe('the words on the body map', () => {
  it('read at grade 8 or lower, the emergency advice included', () => {
    const markup = renderMap({ 'saddle-area': 5 });
    const warning = markup.match(/<div class="body-map__warning"[\s\S]*?<\/div>/)?.[0] ?? '';
    const hint = markup.match(/<p class="body-map__hint">[\s\S]*?<\/p>/)?.[0] ?? '';
    expect(textOf(warning)).toContain('emergency department');
    for (const part of [warning, hint]) {
      expect(fleschKincaidGrade(textOf(part))).toBeLessThanOrEqual(8);
    }
  });
});
