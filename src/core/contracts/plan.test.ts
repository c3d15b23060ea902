import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlanRequest } from './plan.js';

const valid = {
  regions: [{ id: 'low-back-left', intensity: 6 }],
  answers: { age: 40 },
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium', minutes: 15 },
  psoasCheck: { footTurnsOut: 'right', shoulderLower: 'none' },
};

const fieldOf = (body: unknown) => {
  const result = validatePlanRequest(body);
  if (result.ok) throw new Error('expected an error');
  const { issues } = result.details as { issues: { path: string }[] };
  return { code: result.code, fields: issues.map((issue) => issue.path), message: result.message };
};

describe('checking a plan request', () => {
  it('accepts the contract request and reads the pain map as the matcher does', () => {
    const result = validatePlanRequest({
      ...valid,
      regions: [
        { id: 'low-back-left', intensity: 3 },
        { id: 'low-back-left', intensity: 7 },
        { id: 'sacrum' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.regions).toEqual([
      { id: 'low-back-left', intensity: 7 },
      { id: 'sacrum', intensity: 5 },
    ]);
    expect(result.value.answers).toEqual({ age: 40 });
  });

  it('takes psoasCheck, minutes and the extensions as optional', () => {
    const result = validatePlanRequest({
      regions: valid.regions,
      answers: {},
      preferences: { tools: ['fists'], places: ['public'], bodySize: 'small' },
    });
    expect(result.ok).toBe(true);
    const full = validatePlanRequest({
      ...valid,
      preferences: { ...valid.preferences, painfulSide: 'left' },
      skipRegions: ['sacrum'],
      overload: { sleep: true },
    });
    expect(full.ok).toBe(true);
  });

  it.each([
    [
      { ...valid, preferences: { ...valid.preferences, tools: ['tennis-ball', 'hammer'] } },
      'invalid_body',
      'preferences.tools[1]',
    ],
    [
      { ...valid, preferences: { ...valid.preferences, tools: [] } },
      'invalid_body',
      'preferences.tools',
    ],
    [
      { ...valid, preferences: { ...valid.preferences, places: ['beach'] } },
      'invalid_body',
      'preferences.places[0]',
    ],
    [
      { ...valid, preferences: { ...valid.preferences, places: [] } },
      'invalid_body',
      'preferences.places',
    ],
    [
      { ...valid, preferences: { ...valid.preferences, minutes: 4 } },
      'invalid_body',
      'preferences.minutes',
    ],
    [
      { ...valid, preferences: { ...valid.preferences, minutes: 61 } },
      'invalid_body',
      'preferences.minutes',
    ],
    [
      { ...valid, preferences: { ...valid.preferences, bodySize: 'huge' } },
      'invalid_body',
      'preferences.bodySize',
    ],
    [
      { ...valid, preferences: { ...valid.preferences, colour: 'red' } },
      'invalid_body',
      'preferences.colour',
    ],
    [{ ...valid, regions: [{ id: 'elbow-left' }] }, 'unknown_region', 'regions[0].id'],
    [{ ...valid, regions: [] }, 'invalid_body', 'regions'],
    [
      { ...valid, regions: [{ id: 'sacrum', intensity: 11 }] },
      'invalid_body',
      'regions[0].intensity',
    ],
    [{ ...valid, answers: { age: 200 } }, 'invalid_answer', 'answers.age'],
    [
      { ...valid, answers: { 'favourite-colour': true } },
      'unknown_question',
      'answers.favourite-colour',
    ],
    [{ ...valid, answers: 'yes' }, 'invalid_body', 'answers'],
    [{ regions: valid.regions, preferences: valid.preferences }, 'invalid_body', 'answers'],
    [{ ...valid, psoasCheck: { footTurnsOut: 'up' } }, 'invalid_body', 'psoasCheck.footTurnsOut'],
    [{ ...valid, skipRegions: ['nowhere'] }, 'unknown_region', 'skipRegions[0]'],
    [{ ...valid, overload: { sleep: 'often' } }, 'invalid_body', 'overload.sleep'],
    [{ ...valid, extra: 1 }, 'invalid_body', 'extra'],
    [[], 'invalid_body', ''],
  ])('names the faulty field: case %#', (body, code, field) => {
    const problem = fieldOf(body);
    expect(problem.code).toBe(code);
    expect(problem.fields).toEqual([field]);
    expect(problem.message).toContain(field === '' ? 'The body' : `${field}:`);
  });

  it('answers any JSON with a plan request or a named error, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const result = validatePlanRequest(body);
        if (!result.ok) {
          const { issues } = result.details as { issues: unknown[] };
          expect(issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
