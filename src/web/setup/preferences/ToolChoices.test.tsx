import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { tools } from '../../../content/tools.js';
import { tagsNamed, textOf } from '../../body-map/rendered-markup.js';
import { ToolChoices } from './ToolChoices.js';

const render = (chosen: Parameters<typeof ToolChoices>[0]['chosen']) =>
  renderToStaticMarkup(<ToolChoices chosen={chosen} onToggle={() => {}} />);

describe('the tool choices', () => {
  it('draws every tool of the contract with its name', () => {
    const markup = render([]);
    const drawn = tagsNamed(markup, 'svg').map((svg) => svg['data-tool']);
    expect([...drawn].sort()).toEqual(tools.map((tool) => tool.id).sort());
    for (const tool of tools) expect(textOf(markup)).toContain(tool.name);
  });

  it('shows the hands as always there, with no box to untick', () => {
    const boxes = tagsNamed(render([]), 'input');
    expect(boxes).toHaveLength(7);
    expect(textOf(render([]))).toContain('Always with you');
  });

  it('puts the softest ball first and the bolster, which presses nothing, last', () => {
    const text = textOf(render([]));
    const at = (name: string) => text.indexOf(name);
    expect(at('Tennis ball')).toBeLessThan(at('Lacrosse ball'));
    expect(at('Lacrosse ball')).toBeLessThan(at('Small dumbbell'));
    expect(at('Small dumbbell')).toBeLessThan(at('Bolster'));
  });

  it('ticks what the person has', () => {
    const boxes = tagsNamed(render(['tennis-ball']), 'input');
    expect(boxes.filter((box) => 'checked' in box)).toHaveLength(1);
  });

  it('offers each household stand-in as "or use ...", not as what the tool is', () => {
    const text = textOf(render([]));
    expect(text).toContain('Or use two tennis balls in a long sock');
    expect(text).toContain('Or use a solid rubber dog ball');
    expect(text).not.toContain('Small dumbbellTwo tennis balls');
  });
});
