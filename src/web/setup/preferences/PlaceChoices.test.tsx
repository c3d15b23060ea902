import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { tagsNamed, textOf } from '../../body-map/rendered-markup.js';
import { PlaceChoices, placePresets } from './PlaceChoices.js';

describe('the place choices', () => {
  it('offer "At home" and "At work", pressed when every place they stand for is ticked', () => {
    const markup = renderToStaticMarkup(
      <PlaceChoices
        chosen={['chair', 'wall']}
        onToggle={() => {}}
        onPreset={() => {}}
        problem={null}
      />,
    );
    expect(textOf(markup)).toContain('At home');
    const pressed = tagsNamed(markup, 'button').map((b) => b['aria-pressed']);
    expect(pressed).toEqual(['false', 'true']);
    expect(placePresets[0]?.places).toEqual(['floor', 'wall', 'bed', 'chair']);
  });
});
