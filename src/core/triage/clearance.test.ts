import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { validateTriageRequest } from '../contracts/triage.js';
import { activeLimits } from '../plan/limits.js';
import { plainDate } from './clearance.js';
import { triage } from './triage.js';

const checked = { checkedOn: '2026-11-30' };

describe("a doctor's check after an urgent result", () => {
  it('lets self-care go on, keeps the level, when and every precaution, and says it rests on the check', () => {
    const answers = { 'dvt-now': true, 'blood-thinners': true };
    const before = triage(answers);
    expect(before.selfCareAllowed).toBe(false);
    const after = triage(answers, checked);
    expect(after).toMatchObject({ level: 'urgent', selfCareAllowed: true, when: 'same-day' });
    expect(after.precautions).toEqual(before.precautions);
    expect(after.clearance).toEqual({
      checkedOn: '2026-11-30',
      applied: true,
      message: expect.stringMatching(/rests on the doctor's check.*30 November 2026/),
    });
    expect(after.reasons[0]).toMatchObject({ cleared: true, stopsSelfCare: false });
    expect(after.reasons[0]?.message).toMatch(/^A doctor checked you on 30 November 2026/);
    expect(after.nextStep.message).toMatch(/go on with self-care.*still applies/);
  });

  it('gives older people stopped by the fracture rule a way forward, still with fragile bones', () => {
    const answers = { age: 72, 'minor-trauma': true };
    expect(triage(answers).selfCareAllowed).toBe(false);
    const after = triage(answers, checked);
    expect(after.selfCareAllowed).toBe(true);
    expect(after.reasons.map((r) => r.question)).toEqual(['fracture-risk']);
    expect(activeLimits(answers, after.precautions).has('fragile-bones')).toBe(true);
  });

  it('never lifts an emergency', () => {
    for (const answers of [
      { 'bladder-change': true },
      { 'bladder-change': true, fever: true },
      { 'blood-thinners': true, 'leg-weakness-worsening': true },
    ]) {
      const result = triage(answers, checked);
      expect(result).toMatchObject({ level: 'emergency', selfCareAllowed: false, when: 'now' });
      expect(result.clearance).toMatchObject({ applied: false });
      expect(result.clearance?.message).toMatch(/does not lift an emergency/);
      expect(result.reasons.every((r) => r.cleared !== true)).toBe(true);
    }
  });

  it('does not lift the under-16 rule', () => {
    const result = triage({ age: 12, 'weight-loss': true }, checked);
    expect(result.selfCareAllowed).toBe(false);
    expect(result.clearance?.applied).toBe(false);
  });

  it('changes nothing below urgent, and says so', () => {
    const result = triage({ 'cancer-history': true }, checked);
    expect(result).toMatchObject({ level: 'routine', selfCareAllowed: true });
    expect(result.clearance).toMatchObject({ applied: false });
    const { clearance: _, ...rest } = result;
    expect(rest).toEqual(triage({ 'cancer-history': true }));
  });

  it('speaks plainly', () => {
    const result = triage({ fever: true }, checked);
    for (const text of [result.nextStep.message, result.clearance?.message ?? '']) {
      expect(fleschKincaidGrade(text), text).toBeLessThan(8.05);
    }
    expect(plainDate('2027-01-05')).toBe('5 January 2027');
  });
});

describe('the clearance field of a triage request', () => {
  it('takes a real date, not after today (a day of grace for time zones)', () => {
    const body = (checkedOn: unknown) => ({ answers: { fever: true }, clearance: { checkedOn } });
    expect(validateTriageRequest(body('2026-11-30'), '2026-12-03')).toMatchObject({
      ok: true,
      value: { clearance: { checkedOn: '2026-11-30' } },
    });
    expect(validateTriageRequest(body('2026-12-04'), '2026-12-03').ok).toBe(true);
    for (const bad of ['2026-12-05', '2026-02-30', '30/11/2026', 20261130, null]) {
      const result = validateTriageRequest(body(bad), '2026-12-03');
      expect(result, String(bad)).toMatchObject({ ok: false, code: 'invalid_body' });
    }
    const extra = validateTriageRequest({
      answers: {},
      clearance: { checkedOn: '2026-11-30', by: 'x' },
    });
    expect(extra.ok).toBe(false);
    expect(validateTriageRequest({ answers: {} })).toEqual({ ok: true, value: { answers: {} } });
  });
});
