import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { SafetyGateView } from './RequireCurrentSafetyScreen.js';
import type { SafetyRecordValue, ScreenStatus } from './screen-status.js';

const record = (answers: Answers): SafetyRecordValue => ({
  answers,
  result: triage(answers),
  answeredAt: '2026-03-02T09:00:00.000Z',
  changeReportedAt: null,
});

const gate = (status: ScreenStatus, answers: Answers | null = { age: 40 }) =>
  renderToStaticMarkup(
    <SafetyGateView status={status} record={answers === null ? null : record(answers)}>
      <h1>Your session</h1>
    </SafetyGateView>,
  );

describe('the gate around plan and session', () => {
  it('shows the content only with a current screen', () => {
    expect(gate('current')).toBe('<h1>Your session</h1>');
  });

  it('asks for the safety check instead when none is on the device', () => {
    const markup = gate('missing', null);
    expect(markup).not.toContain('Your session');
    expect(textOf(markup)).toContain('A safety check comes first');
    expect(tagsNamed(markup, 'a').map((a) => a.href)).toEqual(['/safety']);
  });

  it('asks again when the check is over 7 days old, saying when it was answered', () => {
    const markup = gate('stale');
    expect(markup).not.toContain('Your session');
    expect(textOf(markup)).toContain('Time for a new safety check');
    expect(textOf(markup)).toContain('7 days');
  });

  it('asks for the warning signs again after a reported change', () => {
    const markup = gate('changed');
    expect(markup).not.toContain('Your session');
    expect(textOf(markup)).toContain('Answer the warning-sign questions');
  });

  it('shows the stop message, never the content, when the screen stopped self-care', () => {
    const emergency = gate('stopped', { 'saddle-numbness': true });
    expect(emergency).not.toContain('Your session');
    expect(textOf(emergency)).toContain('Stop. Get emergency help now.');
    expect(tagsNamed(emergency, 'a').map((a) => a.href)).toContain('tel:112');
    const urgent = gate('stopped', { 'dvt-now': true });
    expect(textOf(urgent)).toContain('Stop self-treatment for now');
    expect(urgent).not.toContain('Your session');
  });

  it('has one main heading on every gate screen, in plain words', () => {
    for (const status of ['missing', 'stale', 'changed'] as const) {
      const markup = gate(status);
      expect(tagsNamed(markup, 'h1')).toHaveLength(1);
      expect(fleschKincaidGrade(textOf(markup))).toBeLessThanOrEqual(8);
    }
    expect(tagsNamed(gate('stopped', { fever: true }), 'h1')).toHaveLength(1);
  });
});
