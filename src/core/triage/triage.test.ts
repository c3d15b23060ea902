import { describe, expect, it } from 'vitest';
import type { Answers } from '../contracts/triage.js';
import { safetyScreen } from '../spec/index.js';
import { triage } from './triage.js';

const booleanQuestions = safetyScreen.questions.filter((q) => q.type === 'boolean');
const reasonIds = (answers: Answers) => triage(answers).reasons.map((r) => r.question);
const fires = (ruleId: string, answers: Answers) => reasonIds(answers).includes(ruleId);

describe('each question on its own', () => {
  it.each(booleanQuestions.map((q) => [q.id, q.level, q.precaution] as const))(
    '%s answered yes alone gives level %s',
    (id, level, precaution) => {
      const result = triage({ [id]: true });
      expect(result.level).toBe(level);
      expect(result.selfCareAllowed).toBe(level !== 'emergency' && level !== 'urgent');
      // Only the question itself is named: no rule fires on one answer alone.
      expect(result.reasons.map((r) => r.question)).toEqual(level === 'self-care-ok' ? [] : [id]);
      expect(result.precautions.map((p) => p.id)).toEqual(precaution ? [precaution] : []);
    },
  );

  it.each(
    safetyScreen.questions
      .filter((q) => q.type === 'number')
      .map((q) => [q.id, q.range ?? [0, 0]] as const),
  )(
    'the number %s given alone stays self-care-ok across its range (age from 16)',
    (id, [min, max]) => {
      const from = id === 'age' ? 16 : min;
      for (let value = from; value <= max; value += Math.max(1, Math.floor((max - from) / 50))) {
        const result = triage({ [id]: value });
        expect(result.level, `${id}=${value}`).toBe('self-care-ok');
        expect(result.selfCareAllowed).toBe(true);
        expect(result.reasons).toEqual([]);
      }
    },
  );

  it('answers left out, or answered no, change nothing', () => {
    const none = triage({});
    expect(none).toMatchObject({
      level: 'self-care-ok',
      selfCareAllowed: true,
      reasons: [],
      precautions: [],
    });
    expect(none.nextStep.when).toBe('no-need');
    expect(none.when).toBeNull();
    const allNo = Object.fromEntries(booleanQuestions.map((q) => [q.id, false]));
    expect(triage(allNo)).toEqual(none);
  });
});

describe('what each level tells the person to do', () => {
  it('an emergency says stop and get emergency help now, with one sentence why', () => {
    const result = triage({ 'saddle-numbness': true });
    expect(result.nextStep.when).toBe('now');
    expect(result.nextStep.message).toMatch(/stop self-treatment and get emergency help now/i);
    expect(result.reasons[0]?.message).toMatch(/emergency help now.*nerves/i);
  });

  it('an urgent answer without a same-day mark says stop and see a doctor within 24 to 48 hours', () => {
    const result = triage({ 'weight-loss': true });
    expect(result.nextStep).toMatchObject({ when: 'within-48-hours' });
    expect(result.when).toBe('within-48-hours');
    expect(result.reasons[0]?.message).toMatch(
      /stop self-treatment.*within 24 to 48 hours.*cancer/i,
    );
  });

  it('a leg getting weaker, or fever with an infection risk, means a doctor today', () => {
    expect(triage({ 'leg-weakness-worsening': true }).nextStep.when).toBe('same-day');
    const feverAndRisk = triage({ fever: true, 'iv-drug-use': true });
    expect(feverAndRisk.nextStep).toMatchObject({ when: 'same-day' });
    expect(feverAndRisk.nextStep.message).toMatch(/today/);
  });

  it('a routine answer lets self-care go on and says to see someone soon, and why', () => {
    const result = triage({ 'cancer-history': true });
    expect(result).toMatchObject({ level: 'routine', selfCareAllowed: true });
    expect(result.reasons[0]?.message).toMatch(/go on with self-care.*soon.*cancer/i);
    // Past cancer needs a doctor, who can order tests; a physio cannot.
    expect(result.reasons[0]?.message).toMatch(/see a doctor soon/);
    expect(result.reasons[0]?.message).not.toMatch(/physio/);
    expect(result.nextStep.message).toMatch(/^You can go on with self-care, but see a doctor soon/);
    expect(result.when).toBe('soon');
  });

  it('once self-care is stopped, lesser reasons no longer say to go on with self-care', () => {
    const result = triage({ 'bladder-change': true, 'cancer-history': true, fever: true });
    expect(result.level).toBe('emergency');
    for (const reason of result.reasons.slice(1)) {
      expect(reason.message).not.toMatch(/go on with self-care|24 to 48/i);
      expect(reason.message).toMatch(/tell the doctor about this too/i);
    }
  });
});

describe('the combination rules', () => {
  it('fracture-risk needs two of its risks: one is not enough', () => {
    const risks: Answers[] = [
      { age: 65 },
      { 'long-term-steroids': true },
      { osteoporosis: true },
      { 'minor-trauma': true },
      { 'major-trauma': true },
    ];
    for (const one of risks) expect(fires('fracture-risk', one)).toBe(false);
    for (const [i, a] of risks.entries()) {
      for (const b of risks.slice(i + 1)) {
        expect(fires('fracture-risk', { ...a, ...b }), JSON.stringify({ ...a, ...b })).toBe(true);
      }
    }
    expect(triage({ osteoporosis: true, 'minor-trauma': true })).toMatchObject({
      level: 'urgent',
      selfCareAllowed: false,
    });
  });

  it('serious-cause-cluster needs two weak signs: one is not enough', () => {
    const signs: Answers[] = [
      { age: 51 },
      { 'weight-loss': true },
      { 'no-improvement-4-weeks': true },
      { 'night-rest-pain': true },
      { 'upper-back-constant': true },
      { 'cancer-history': true },
    ];
    for (const one of signs) expect(fires('serious-cause-cluster', one)).toBe(false);
    expect(
      fires('serious-cause-cluster', { 'night-rest-pain': true, 'upper-back-constant': true }),
    ).toBe(true);
    expect(triage({ 'night-rest-pain': true, 'no-improvement-4-weeks': true }).level).toBe(
      'urgent',
    );
    expect(fires('serious-cause-cluster', { age: 51, 'cancer-history': true })).toBe(true);
  });

  it('cancer-new-pain needs past cancer and pain under 6 weeks', () => {
    expect(fires('cancer-new-pain', { 'cancer-history': true, 'pain-weeks': 2 })).toBe(true);
    expect(triage({ 'cancer-history': true, 'pain-weeks': 2 }).level).toBe('urgent');
    expect(fires('cancer-new-pain', { 'cancer-history': true })).toBe(false);
    expect(fires('cancer-new-pain', { 'pain-weeks': 2 })).toBe(false);
    expect(fires('cancer-new-pain', { 'cancer-history': true, 'pain-weeks': 10 })).toBe(false);
  });

  it('infection-risk-fever needs fever and at least one infection risk', () => {
    for (const risk of [
      'iv-drug-use',
      'immunosuppressed',
      'recent-infection',
      'recent-spine-surgery',
    ]) {
      expect(fires('infection-risk-fever', { fever: true, [risk]: true })).toBe(true);
      expect(fires('infection-risk-fever', { [risk]: true })).toBe(false);
    }
    expect(fires('infection-risk-fever', { fever: true })).toBe(false);
  });

  it('weakness-with-nerve-signs needs a weakening leg and another nerve sign', () => {
    for (const sign of [
      'saddle-numbness',
      'bladder-change',
      'bowel-change',
      'sexual-function-change',
      'both-legs-symptoms',
    ]) {
      expect(
        fires('weakness-with-nerve-signs', { 'leg-weakness-worsening': true, [sign]: true }),
      ).toBe(true);
      expect(fires('weakness-with-nerve-signs', { [sign]: true })).toBe(false);
    }
    expect(fires('weakness-with-nerve-signs', { 'leg-weakness-worsening': true })).toBe(false);
    expect(triage({ 'leg-weakness-worsening': true, 'both-legs-symptoms': true }).level).toBe(
      'emergency',
    );
  });

  it('new-pain-age needs pain under 6 weeks and an age over 50 or under 20', () => {
    expect(fires('new-pain-age', { 'pain-weeks': 1, age: 70 })).toBe(true);
    expect(fires('new-pain-age', { 'pain-weeks': 1, age: 17 })).toBe(true);
    expect(triage({ 'pain-weeks': 1, age: 70 })).toMatchObject({
      level: 'routine',
      selfCareAllowed: true,
    });
    expect(fires('new-pain-age', { 'pain-weeks': 1, age: 35 })).toBe(false);
    expect(fires('new-pain-age', { 'pain-weeks': 1 })).toBe(false);
    expect(fires('new-pain-age', { age: 70 })).toBe(false);
    expect(fires('new-pain-age', { 'pain-weeks': 30, age: 70 })).toBe(false);
  });

  it('under-16 keeps the level at routine but stops self-care', () => {
    const result = triage({ age: 12 });
    expect(result).toMatchObject({ level: 'routine', selfCareAllowed: false });
    expect(result.reasons.map((r) => r.question)).toEqual(['under-16']);
    expect(result.reasons[0]).toMatchObject({
      rule: 'under-16',
      conditionsMet: ['age<16'],
      stopsSelfCare: true,
    });
    expect(result.nextStep.message).toMatch(/parent or carer/);
    expect(result.nextStep.message).not.toMatch(/go on with self-care/i);
    expect(fires('under-16', {})).toBe(false);
    const withNewPain = triage({ age: 12, 'pain-weeks': 2 });
    const newPain = withNewPain.reasons.find((r) => r.rule === 'new-pain-age');
    expect(newPain?.message).toMatch(/^Tell the doctor about this too/);
  });

  it('a rule names only the conditions that held', () => {
    const reason = triage({ fever: true, immunosuppressed: true }).reasons.find(
      (r) => r.rule === 'infection-risk-fever',
    );
    expect(reason?.conditionsMet).toEqual(['fever', 'immunosuppressed']);
  });
});

describe('numbers at their thresholds', () => {
  it('age 15 is under 16, age 16 is not', () => {
    expect(triage({ age: 15 }).selfCareAllowed).toBe(false);
    expect(triage({ age: 16 }).selfCareAllowed).toBe(true);
  });

  it('with new pain, age 19 needs a look and age 20 does not', () => {
    expect(fires('new-pain-age', { age: 19, 'pain-weeks': 3 })).toBe(true);
    expect(fires('new-pain-age', { age: 20, 'pain-weeks': 3 })).toBe(false);
  });

  it('age 51 counts as over 50 and age 50 does not', () => {
    expect(fires('new-pain-age', { age: 51, 'pain-weeks': 3 })).toBe(true);
    expect(fires('new-pain-age', { age: 50, 'pain-weeks': 3 })).toBe(false);
    expect(fires('serious-cause-cluster', { age: 51, 'weight-loss': true })).toBe(true);
    expect(fires('serious-cause-cluster', { age: 50, 'weight-loss': true })).toBe(false);
  });

  it('age 65 counts as a fracture risk and age 64 does not', () => {
    expect(triage({ age: 65, osteoporosis: true }).level).toBe('urgent');
    expect(triage({ age: 64, osteoporosis: true }).level).toBe('self-care-ok');
  });

  it('pain of 5 weeks counts as new and 6 weeks does not', () => {
    expect(fires('cancer-new-pain', { 'cancer-history': true, 'pain-weeks': 5 })).toBe(true);
    expect(fires('cancer-new-pain', { 'cancer-history': true, 'pain-weeks': 6 })).toBe(false);
    expect(fires('new-pain-age', { age: 60, 'pain-weeks': 5 })).toBe(true);
    expect(fires('new-pain-age', { age: 60, 'pain-weeks': 6 })).toBe(false);
  });

  it('a missing number never fires a rule that needs it', () => {
    expect(triage({ 'cancer-history': true }).level).toBe('routine');
    expect(
      triage({ osteoporosis: true, 'weight-loss': true }).reasons.map((r) => r.question),
    ).toEqual(['weight-loss']);
  });
});

describe('precautions', () => {
  it('never raise the level: every self-care-ok precaution together stays self-care-ok', () => {
    const answers = Object.fromEntries(
      booleanQuestions
        .filter((q) => q.precaution && q.level === 'self-care-ok')
        .map((q) => [q.id, true]),
    );
    const result = triage(answers);
    expect(result).toMatchObject({ level: 'self-care-ok', selfCareAllowed: true });
    expect(new Set(result.precautions.map((p) => p.id))).toEqual(
      new Set([
        'fragile-bones',
        'gentle-pressure',
        'gentle-pressure-no-heat',
        'no-belly-pressure',
        'pregnancy',
        'skip-marked-area',
      ]),
    );
    expect(result.precautions).toHaveLength(Object.keys(answers).length);
  });

  it('are listed once per question, even when two questions set the same one', () => {
    const result = triage({
      'skin-problem-at-site': true,
      'local-inflammation-at-site': true,
      osteoporosis: true,
    });
    expect(result.precautions).toMatchObject([
      { id: 'fragile-bones', question: 'osteoporosis', questions: ['osteoporosis'] },
      { id: 'skip-marked-area', question: 'skin-problem-at-site' },
      { id: 'skip-marked-area', question: 'local-inflammation-at-site' },
    ]);
  });

  it('say how the plan changes and why', () => {
    const [bones] = triage({ osteoporosis: true }).precautions;
    expect(bones?.message).toMatch(/body weight.*ribs or spine.*thin bones/i);
    const [bleeding] = triage({ 'blood-thinners': true }).precautions;
    expect(bleeding?.message).toMatch(/light to medium.*bruise/i);
  });

  it('are still listed when an urgent answer stops self-care, for when it may start again', () => {
    const result = triage({ 'dvt-now': true });
    expect(result).toMatchObject({ level: 'urgent', selfCareAllowed: false });
    expect(result.precautions).toMatchObject([{ id: 'no-leg-pressure', question: 'dvt-now' }]);
  });
});
