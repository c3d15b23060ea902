import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { View } from '../../core/spec/index.js';
import { BodyFigure } from './BodyFigure.js';
import { regionIdsInView } from './regions-geometry.js';
import { tagsNamed, textOf } from './rendered-markup.js';

function sideWords(markup: string): { text: string; x: number }[] {
  return [
    ...markup.matchAll(/<text[^>]*class="body-figure__side"[^>]*x="([\d.]+)"[^>]*>([^<]*)</g),
  ].map(([, x, text]) => ({ text: text!, x: Number(x) }));
}

describe('the body figure', () => {
  for (const view of ['back', 'front'] as const satisfies readonly View[]) {
    it(`draws every ${view} region as its own shape`, () => {
      const markup = renderToStaticMarkup(<BodyFigure view={view} role="img" label="Figure" />);
      const regionShapes = tagsNamed(markup, 'path').filter(
        (path) => path.class === 'body-figure__region',
      );
      expect(regionShapes).toHaveLength(regionIdsInView(view).length);
      expect(new Set(regionShapes.map((path) => path.d)).size).toBe(regionShapes.length);
    });
  }

  it("writes the person's own left and right on the side each is drawn", () => {
    const back = sideWords(renderToStaticMarkup(<BodyFigure view="back" role="img" label="B" />));
    const front = sideWords(renderToStaticMarkup(<BodyFigure view="front" role="img" label="F" />));
    const leftOf = (words: { text: string; x: number }[]) =>
      words.find((w) => w.text === 'Your left')!.x < words.find((w) => w.text === 'Your right')!.x;
    expect(back.map((w) => w.text).sort()).toEqual(['Your left', 'Your right']);
    expect(front.map((w) => w.text).sort()).toEqual(['Your left', 'Your right']);
    // Seen from behind your left is on the left; seen face on it is on the right.
    expect(leftOf(back)).toBe(true);
    expect(leftOf(front)).toBe(false);
  });

  it('carries the role and name it is given and hides the drawing lines from screen readers', () => {
    const markup = renderToStaticMarkup(
      <BodyFigure view="back" role="img" label="Back of the body, seen from behind" />,
    );
    const [svg] = tagsNamed(markup, 'svg');
    expect(svg).toMatchObject({ role: 'img', 'aria-label': 'Back of the body, seen from behind' });
    expect(tagsNamed(markup, 'g')[0]).toMatchObject({ 'aria-hidden': 'true' });
    expect(textOf(markup)).toBe('Your left Your right');
  });
});
