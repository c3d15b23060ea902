import { describe, expect, it } from 'vitest';
import { type SafetyScreenSpec, safetyScreen } from '../spec/index.js';
import { compileScreen } from './screen.js';

const withRule = (rule: SafetyScreenSpec['rules'][number]): SafetyScreenSpec => ({
  ...safetyScreen,
  rules: [...safetyScreen.rules, rule],
});
const base = { id: 'extra', level: 'urgent', why: 'test', sources: [] } as const;

describe('reading the safety screen spec', () => {
  it('reads every question and every rule of safety-screen.json', () => {
    const screen = compileScreen(safetyScreen);
    expect(screen.ok).toBe(true);
    if (!screen.ok) return;
    expect(screen.value.questions.map((q) => q.id)).toEqual(
      safetyScreen.questions.map((q) => q.id),
    );
    expect(screen.value.rules.map((r) => r.spec.id)).toEqual(safetyScreen.rules.map((r) => r.id));
    const conditionCount = safetyScreen.rules.reduce(
      (sum, r) => sum + (r.all?.length ?? 0) + (r.any?.length ?? 0) + (r.atLeast?.of.length ?? 0),
      0,
    );
    const parsedCount = screen.value.rules.reduce(
      (sum, r) => sum + r.all.length + r.any.length + (r.atLeast?.of.length ?? 0),
      0,
    );
    expect(parsedCount).toBe(conditionCount);
  });

  it('refuses a spec whose rule names a question that does not exist, so it cannot silently never fire', () => {
    const result = compileScreen(withRule({ ...base, all: ['sore-toe'] }));
    expect(result.ok ? '' : result.code).toBe('invalid_screen');
    expect(result.ok ? undefined : result.details).toMatchObject({
      rule: 'extra',
      condition: 'sore-toe',
    });
  });

  it('refuses a comparison on a yes/no question and a rule with no conditions', () => {
    expect(compileScreen(withRule({ ...base, all: ['fever>1'] })).ok).toBe(false);
    expect(compileScreen(withRule({ ...base })).ok).toBe(false);
  });

  it('refuses a rule id that is also a question id, since reasons name either', () => {
    expect(compileScreen(withRule({ ...base, id: 'fever', all: ['fever'] })).ok).toBe(false);
  });

  it('refuses an unknown level or precaution', () => {
    expect(
      compileScreen(withRule({ ...base, level: 'soonish' as 'urgent', all: ['fever'] })).ok,
    ).toBe(false);
    const questions = safetyScreen.questions.map((q) =>
      q.id === 'pregnant' ? { ...q, precaution: 'no-such-precaution' } : q,
    );
    expect(compileScreen({ ...safetyScreen, questions }).ok).toBe(false);
  });
});
