import { describe, expect, it } from 'vitest';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { nightOfferFor } from './night-offer.js';

const offer = (answers: Answers, answeredAt = '2026-03-02T09:00:00.000Z') =>
  nightOfferFor({ answers, result: triage(answers), answeredAt, changeReportedAt: null });
const ids = (entries: readonly { readonly entry?: { id: string }; id?: string }[]) =>
  entries.map((item) => item.entry?.id ?? item.id);

describe('what the bad-night mode offers after the safety screen', () => {
  it('offers everything when no screen is kept', () => {
    expect(nightOfferFor(null).leftOut).toEqual([]);
  });

  it('leaves out lying flat in pregnancy, with the reason, and keeps a side-lying rest', () => {
    const choices = offer({ age: 30, 'pain-weeks': 3, pregnant: true });
    expect(ids(choices.leftOut)).toEqual([
      'night-knees-bent',
      'night-legs-raised',
      'night-traction',
    ]);
    expect(choices.leftOut[0]?.reasons[0]).toMatch(/pregnancy/);
    expect(ids(choices.offered)).toContain('night-side-lying');
  });

  it('leaves out hip hanging after an urgent stop and from age 65, even on an old screen', () => {
    expect(ids(offer({ 'back-lump-deformity': true }).leftOut)).toContain('night-traction');
    const old = offer({ age: 70, 'pain-weeks': 3 }, '2025-01-01T09:00:00.000Z');
    expect(ids(old.leftOut)).toEqual(['night-traction']);
  });
});
