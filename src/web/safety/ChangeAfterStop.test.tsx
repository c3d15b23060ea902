import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { ChangeAfterStop } from './ChangeAfterStop.js';
import { ClearanceForm } from './ClearanceForm.js';

const render = (answers: Answers) =>
  renderToStaticMarkup(
    <ChangeAfterStop
      record={{
        answers,
        result: triage(answers),
        answeredAt: '2026-03-02T09:00:00.000Z',
        changeReportedAt: null,
      }}
      onChoose={() => {}}
    />,
  );

describe('changing the answers of a stopped screen', () => {
  it('shows the earlier emergency answer, the call, and asks to confirm a mis-tap', () => {
    const markup = render({ 'bladder-change': true, age: 40 });
    const text = textOf(markup);
    expect(text).toContain('Did you tap Yes by mistake?');
    expect(text).toContain('Your answer: Yes');
    expect(text).toContain('Get emergency help now');
    expect(tagsNamed(markup, 'a').map((a) => a.href)).toContain('tel:112');
    expect(text).toContain('I tapped Yes by mistake');
    expect(text).not.toContain('Answer the questions again');
  });

  it('lets an urgent stop be answered again, saying what it meant', () => {
    const text = textOf(render({ 'back-lump-deformity': true }));
    expect(text).toContain('Your last check stopped self-treatment');
    expect(text).toContain('Answer the questions again');
    expect(text).not.toContain('I tapped Yes by mistake');
  });

  it("offers the doctor's check form where the page puts it, with the day bounded", () => {
    const answers = { 'back-lump-deformity': true };
    const markup = renderToStaticMarkup(
      <ChangeAfterStop
        record={{
          answers,
          result: triage(answers),
          answeredAt: '2026-03-02T09:00:00.000Z',
          changeReportedAt: null,
        }}
        onChoose={() => {}}
        clearance={
          <ClearanceForm
            stoppedOn="2026-03-02"
            today="2026-03-04"
            busy={false}
            onCleared={() => {}}
          />
        }
      />,
    );
    expect(textOf(markup)).toContain('A doctor has checked me since');
    const [day] = tagsNamed(markup, 'input');
    expect(day).toMatchObject({ type: 'date', min: '2026-03-02', max: '2026-03-04' });
  });
});
