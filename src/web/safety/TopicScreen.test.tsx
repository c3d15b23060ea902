import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { safetyTopics } from '../../content/safety-questions.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import type { Choices, TypedNumbers } from './screen-flow.js';
import { TopicScreen } from './TopicScreen.js';

const nothing = () => undefined;
const render = (
  index: number,
  choices: Choices = {},
  numbers: TypedNumbers = {},
  missing: ReadonlySet<string> = new Set(),
) =>
  renderToStaticMarkup(
    <TopicScreen
      topic={safetyTopics[index]!}
      position={index + 1}
      count={safetyTopics.length}
      choices={choices}
      numbers={numbers}
      missing={missing}
      busy={false}
      headingRef={null}
      onChoose={nothing}
      onType={nothing}
      onBack={nothing}
      onNext={nothing}
      recheck={false}
    />,
  );

const buttonsNamed = (markup: string, name: string) =>
  [...markup.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].filter(([, , text]) => text === name);

describe('one topic of the safety screen', () => {
  it('says where the person is and titles the topic as the page heading', () => {
    const markup = render(1);
    expect(textOf(markup)).toContain('Question group 2 of 11');
    expect(tagsNamed(markup, 'h1')).toEqual([{ id: 'safety-topic-title', tabindex: '-1' }]);
    expect(textOf(markup)).toContain(safetyTopics[1]!.title);
  });

  it('offers yes, no and, for nerve signs, not sure, as big buttons in one group per question', () => {
    const markup = render(0, { 'saddle-numbness': 'not-sure' });
    expect(tagsNamed(markup, 'fieldset')).toHaveLength(5);
    expect(buttonsNamed(markup, 'Yes')).toHaveLength(5);
    expect(buttonsNamed(markup, 'Not sure')).toHaveLength(5);
    const pressed = tagsNamed(markup, 'button').filter((b) => b['aria-pressed'] === 'true');
    expect(pressed).toHaveLength(1);
    expect(buttonsNamed(render(5), 'Not sure')).toHaveLength(0);
  });

  it('labels every number box and offers steps of one', () => {
    const last = safetyTopics.length - 1;
    const markup = render(last, {}, { age: '40' });
    const inputs = tagsNamed(markup, 'input');
    const labels = tagsNamed(markup, 'label').map((l) => l.for);
    expect(inputs.map((i) => i.id)).toEqual(labels);
    expect(inputs[0]).toMatchObject({ type: 'number', min: '0', max: '120', value: '40' });
    expect(tagsNamed(markup, 'button').map((b) => b['aria-label'])).toContain('Age: one more');
    expect(textOf(markup)).toContain('See my result');
  });

  it('points out the questions left open', () => {
    const markup = render(0, {}, {}, new Set(['bladder-change']));
    expect(textOf(markup)).toContain('Please answer this one.');
    expect(markup).toContain('role="alert"');
  });
});
