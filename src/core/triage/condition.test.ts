import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safetyScreen } from '../spec/index.js';
import { conditionHolds, parseCondition } from './condition.js';

const questions = new Map(safetyScreen.questions.map((q) => [q.id, q]));
const parse = (text: string) => {
  const parsed = parseCondition(text, questions);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe('reading a rule condition', () => {
  it('reads every comparison operator, two-character ones first', () => {
    expect(parse('age<16')).toMatchObject({ question: 'age', comparison: '<', value: 16 });
    expect(parse('age<=15')).toMatchObject({ question: 'age', comparison: '<=', value: 15 });
    expect(parse('age>50')).toMatchObject({ question: 'age', comparison: '>', value: 50 });
    expect(parse('age>=65')).toMatchObject({ question: 'age', comparison: '>=', value: 65 });
    expect(parse('pain-now=7')).toMatchObject({ question: 'pain-now', comparison: '=', value: 7 });
    expect(parse('pain-weeks < 6.5')).toMatchObject({ comparison: '<', value: 6.5 });
  });

  it('reads a bare yes/no question id as "answered yes"', () => {
    expect(parse('fever')).toEqual({ kind: 'yes', text: 'fever', question: 'fever' });
  });

  it('refuses unknown questions, comparisons on yes/no questions and bare numbers', () => {
    const code = (text: string) => {
      const parsed = parseCondition(text, questions);
      return parsed.ok ? 'ok' : parsed.code;
    };
    expect(code('height>2')).toBe('unknown_question');
    expect(code('sore-toe')).toBe('unknown_question');
    expect(code('fever>0')).toBe('wrong_question_type');
    expect(code('age')).toBe('wrong_question_type');
    expect(code('age=>5')).toBe('malformed_condition');
    expect(code('age<')).toBe('malformed_condition');
    expect(code('')).toBe('malformed_condition');
  });
});

describe('checking a condition against answers', () => {
  it('compares a given number exactly at the threshold', () => {
    expect(conditionHolds(parse('age<16'), { age: 15 })).toBe(true);
    expect(conditionHolds(parse('age<16'), { age: 16 })).toBe(false);
    expect(conditionHolds(parse('age<=16'), { age: 16 })).toBe(true);
    expect(conditionHolds(parse('age>50'), { age: 50 })).toBe(false);
    expect(conditionHolds(parse('age>50'), { age: 51 })).toBe(true);
    expect(conditionHolds(parse('age>=65'), { age: 64 })).toBe(false);
    expect(conditionHolds(parse('age>=65'), { age: 65 })).toBe(true);
    expect(conditionHolds(parse('pain-now=7'), { 'pain-now': 7 })).toBe(true);
    expect(conditionHolds(parse('pain-now=7'), { 'pain-now': 6 })).toBe(false);
  });

  it('treats a comparison on a number that was not given as false, whatever the operator', () => {
    for (const text of ['age<16', 'age<=16', 'age>50', 'age>=0', 'age=0']) {
      expect(conditionHolds(parse(text), {})).toBe(false);
      expect(conditionHolds(parse(text), { age: undefined })).toBe(false);
    }
  });

  it('counts only true as yes: false, left out, or a number is no', () => {
    expect(conditionHolds(parse('fever'), { fever: true })).toBe(true);
    expect(conditionHolds(parse('fever'), { fever: false })).toBe(false);
    expect(conditionHolds(parse('fever'), {})).toBe(false);
    expect(conditionHolds(parse('fever'), { fever: 1 })).toBe(false);
  });

  it('agrees with plain arithmetic for any age', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 120, noNaN: true }), (age) => {
        expect(conditionHolds(parse('age>50'), { age })).toBe(age > 50);
        expect(conditionHolds(parse('age<16'), { age })).toBe(age < 16);
        expect(conditionHolds(parse('age>=65'), { age })).toBe(age >= 65);
      }),
    );
  });
});
