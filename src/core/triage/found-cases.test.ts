// Issue 12, "Found": each safety-screen case the clinical review made, with the expected `when`.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../contracts/triage.js';
import { triage } from './triage.js';

describe('issue 12: triage cases with when to be seen', () => {
  it.each<[string, Answers, string, string | null, boolean]>([
    ['a bladder change (Something changed)', { 'bladder-change': true }, 'emergency', 'now', false],
    ['a serious accident', { 'major-trauma': true }, 'emergency', 'now', false],
    ['fever', { fever: true }, 'urgent', 'same-day', false],
    ['a pulsing belly or known aneurysm', { 'pulsing-belly': true }, 'urgent', 'same-day', false],
    ['a suspected clot', { 'dvt-now': true }, 'urgent', 'same-day', false],
    [
      'fever with an infection risk',
      { fever: true, 'iv-drug-use': true },
      'urgent',
      'same-day',
      false,
    ],
    [
      'a weakening leg on blood thinners (bleed-risk-weakness)',
      { 'blood-thinners': true, 'leg-weakness-worsening': true },
      'emergency',
      'now',
      false,
    ],
    ['a weakening leg alone', { 'leg-weakness-worsening': true }, 'urgent', 'same-day', false],
    [
      'new pain after cancer, weeks given',
      { 'cancer-history': true, 'pain-weeks': 2 },
      'urgent',
      'within-48-hours',
      false,
    ],
    ['new pain at 55, weeks given', { age: 55, 'pain-weeks': 2 }, 'routine', 'soon', true],
    ['past cancer', { 'cancer-history': true }, 'routine', 'soon', true],
    ['age 70 alone', { age: 70 }, 'self-care-ok', null, true],
    [
      'two fracture risks at 70',
      { age: 70, 'minor-trauma': true },
      'urgent',
      'within-48-hours',
      false,
    ],
    ['blood thinners alone', { 'blood-thinners': true }, 'self-care-ok', null, true],
  ])('%s', (_, answers, level, when, selfCareAllowed) => {
    const result = triage(answers);
    expect(result).toMatchObject({ level, when, selfCareAllowed });
    expect(result.nextStep.when).toBe(when ?? 'no-need');
    if (when === 'same-day') expect(result.nextStep.message).toMatch(/today/);
  });

  it('past cancer says see a doctor, not a doctor or physio', () => {
    const result = triage({ 'cancer-history': true });
    expect(result.reasons[0]?.message).toMatch(/see a doctor soon/);
    expect(JSON.stringify(result)).not.toMatch(/physio/);
  });

  it('one precaution entry per question, even when two set the same one', () => {
    const result = triage({
      'recent-fracture-at-site': true,
      'skin-problem-at-site': true,
      'local-inflammation-at-site': true,
      'pulsing-belly': true,
      'hernia-or-belly-surgery': true,
    });
    expect(result.precautions.map((p) => [p.question, p.id])).toEqual([
      ['pulsing-belly', 'no-belly-pressure'],
      ['skin-problem-at-site', 'skip-marked-area'],
      ['recent-fracture-at-site', 'skip-marked-area'],
      ['local-inflammation-at-site', 'skip-marked-area'],
      ['hernia-or-belly-surgery', 'no-belly-pressure'],
    ]);
  });

  it('older people stopped by the fracture rule have a way forward: a doctor has checked them', () => {
    const result = triage({ age: 70, 'minor-trauma': true }, { checkedOn: '2026-12-01' });
    expect(result).toMatchObject({ level: 'urgent', selfCareAllowed: true });
    expect(result.clearance?.applied).toBe(true);
  });
});
