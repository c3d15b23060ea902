import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { safetyChecklists } from '../../content/safety-questions.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { ChecklistScreen, mainActionWords } from './ChecklistScreen.js';
import type { Choices, TypedNumbers } from './screen-flow.js';

const nothing = () => undefined;
const render = (
  index: number,
  choices: Choices = {},
  numbers: TypedNumbers = {},
  missing: ReadonlySet<string> = new Set(),
) =>
  renderToStaticMarkup(
    <ChecklistScreen
      screen={safetyChecklists[index]!}
      position={index + 1}
      count={safetyChecklists.length}
      choices={choices}
      numbers={numbers}
      missing={missing}
      busy={false}
      problem={null}
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

describe('one checklist of the safety screen', () => {
  it('says where the person is and titles the group as the page heading', () => {
    const markup = render(1);
    expect(textOf(markup)).toContain('Part 2 of 5');
    expect(tagsNamed(markup, 'h1')).toEqual([{ id: 'safety-topic-title', tabindex: '-1' }]);
    expect(textOf(markup)).toContain(safetyChecklists[1]!.title);
  });

  it('offers Yes and, for nerve and chest signs, Not sure, with one "None of these" for all', () => {
    const markup = render(0);
    const emergency = safetyChecklists[0]!;
    expect(tagsNamed(markup, 'fieldset')).toHaveLength(emergency.questions.length);
    expect(buttonsNamed(markup, 'Yes')).toHaveLength(emergency.questions.length);
    expect(buttonsNamed(markup, 'Not sure')).toHaveLength(7);
    expect(buttonsNamed(markup, 'No')).toHaveLength(0);
    expect(buttonsNamed(markup, 'None of these')).toHaveLength(1);
    expect(buttonsNamed(render(1), 'Not sure')).toHaveLength(1);
  });

  it('opens the follow-up of the one question answered, and the button becomes Next', () => {
    const markup = render(0, { 'saddle-numbness': 'not-sure' });
    const pressed = tagsNamed(markup, 'button').filter((b) => b['aria-pressed'] === 'true');
    expect(pressed).toHaveLength(1);
    expect(buttonsNamed(markup, 'Take back my answer')).toHaveLength(1);
    expect(textOf(markup)).toContain('Not sure counts as yes');
    expect(textOf(markup)).toContain('Anything you did not tap on this screen counts as no.');
    expect(buttonsNamed(markup, 'Next')).toHaveLength(1);
    expect(buttonsNamed(markup, 'None of these')).toHaveLength(0);
  });

  it('puts age, weeks and pain now on one screen, each box labelled with steps of one', () => {
    const last = safetyChecklists.length - 1;
    const markup = render(last, {}, { age: '40' });
    const inputs = tagsNamed(markup, 'input');
    const labels = tagsNamed(markup, 'label').map((l) => l.for);
    expect(inputs).toHaveLength(3);
    expect(inputs.map((i) => i.id)).toEqual(labels);
    expect(inputs[0]).toMatchObject({ type: 'number', min: '0', max: '120', value: '40' });
    expect(tagsNamed(markup, 'button').map((b) => b['aria-label'])).toContain('Age: one more');
    expect(textOf(markup)).toContain('See my result');
    expect(mainActionWords(safetyChecklists[last]!, {}, true)).toBe('See my result');
  });

  it('points out the numbers left open', () => {
    const last = safetyChecklists.length - 1;
    const markup = render(last, {}, {}, new Set(['age']));
    expect(textOf(markup)).toContain('Please type a number.');
    expect(markup).toContain('role="alert"');
  });
});
