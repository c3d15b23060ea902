import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { triage } from '../../../core/triage/index.js';
import { textOf } from '../../body-map/rendered-markup.js';
import { StartChoices } from './StartChoices.js';

const render = (answers: Parameters<typeof triage>[0]) =>
  renderToStaticMarkup(<StartChoices result={triage(answers)} />);

describe('the way on from a result that allows self-care', () => {
  it('starts now with the hands, and keeps the full path one link away', () => {
    const text = textOf(render({ 'blood-thinners': true }));
    expect(text).toContain('Start now with your hands');
    expect(text).toContain('Or first choose your tools and place');
  });

  it('offers only tools and place when areas must be kept clear first', () => {
    for (const answers of [{ 'recent-fracture-at-site': true }, { 'recent-spine-surgery': true }]) {
      const text = textOf(render(answers));
      expect(text).not.toContain('Start now');
      expect(text).toContain('Next: your tools and place');
    }
  });
});
