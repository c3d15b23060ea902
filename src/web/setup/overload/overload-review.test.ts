import { describe, expect, it } from 'vitest';
import { OverloadAnswers } from '../../../core/contracts/plan.js';
import { overloadTips } from '../../../core/plan/index.js';
import {
  needsSafetyRecheck,
  overloadQuestionGroups,
  reviewOf,
  withAnswer,
} from './overload-review.js';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

describe('the overload self-review', () => {
  it('asks about all four groups, one question per answer the plan takes', () => {
    expect(overloadQuestionGroups.map((group) => group.group)).toEqual([
      'exertion',
      'repetition',
      'biochemical',
      'trauma',
    ]);
    const keys = overloadQuestionGroups.flatMap((group) => group.questions.map((q) => q.key));
    expect([...keys].sort()).toEqual(Object.keys(OverloadAnswers.shape).sort());
  });

  it('heads each group with the name of its cause from the guide', () => {
    expect(overloadQuestionGroups[2]?.title).toBe('Body chemistry');
  });

  it('points body chemistry to a doctor and a blood test, never to supplements', () => {
    const [tip] = overloadTips(withAnswer({}, 'biochemical', true));
    expect(tip?.action).toBe('ask-doctor-about-blood-test');
    expect(tip?.advice.join(' ')).toMatch(/blood test/);
    expect(tip?.advice.join(' ')).not.toMatch(/supplement|take vitamin|magnesium tablet/i);
  });

  it('asks for the warning-sign questions after a fall, until they are answered again', () => {
    const review = reviewOf({ trauma: true }, null, at(0));
    expect(needsSafetyRecheck(review, at(0).toISOString())).toBe(true);
    expect(needsSafetyRecheck(review, null)).toBe(true);
    expect(needsSafetyRecheck(review, at(5).toISOString())).toBe(false);
  });

  it('does not ask again when other answers change after the recheck', () => {
    const first = reviewOf({ trauma: true }, null, at(0));
    const later = reviewOf({ trauma: true, sleep: true }, first, at(10));
    expect(later.traumaReportedAt).toBe(at(0).toISOString());
    expect(needsSafetyRecheck(later, at(5).toISOString())).toBe(false);
  });

  it('starts over when a fall is unticked and ticked again', () => {
    const first = reviewOf({ trauma: true }, null, at(0));
    const off = reviewOf({ trauma: false }, first, at(3));
    expect(off.traumaReportedAt).toBeNull();
    const again = reviewOf({ trauma: true }, off, at(8));
    expect(needsSafetyRecheck(again, at(5).toISOString())).toBe(true);
  });

  it('needs no recheck without a fall', () => {
    expect(needsSafetyRecheck(reviewOf({ exertion: true }, null, at(0)), null)).toBe(false);
    expect(needsSafetyRecheck(null, null)).toBe(false);
  });
});
