import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safetyScreen } from '../spec/index.js';
import { TriageRequest, TriageResponse, validateAnswers } from './triage.js';

const booleanIds = safetyScreen.questions.filter((q) => q.type === 'boolean').map((q) => q.id);
const numberQuestions = safetyScreen.questions.filter((q) => q.type === 'number');
const knownIds = new Set(safetyScreen.questions.map((q) => q.id));

/** Any answer set the spec allows: each question left out or given a valid value. */
const validAnswers = fc.record(
  Object.fromEntries(
    safetyScreen.questions.map((q) => [
      q.id,
      q.type === 'boolean'
        ? fc.boolean()
        : fc.double({ min: q.range?.[0] ?? 0, max: q.range?.[1] ?? 0, noNaN: true }),
    ]),
  ),
  { requiredKeys: [] },
);

const detailsOf = (result: ReturnType<typeof validateAnswers>) =>
  result.ok ? undefined : (result.details as Record<string, unknown>);

describe('a triage request body', () => {
  it('accepts every valid answer set and returns exactly those answers', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = validateAnswers({ answers });
        expect(result).toEqual({ ok: true, value: answers });
        expect(TriageRequest.safeParse({ answers }).success).toBe(true);
      }),
    );
  });

  it('accepts an empty answer set: every question left out counts as no', () => {
    expect(validateAnswers({ answers: {} })).toEqual({ ok: true, value: {} });
  });

  it('rejects an unknown question id and names it', () => {
    const result = validateAnswers({ answers: { fever: true, 'sore-toe': true } });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.code).toBe('unknown_question');
    expect(detailsOf(result)).toMatchObject({ question: 'sore-toe' });
  });

  it('treats prototype names such as __proto__ and constructor as unknown questions', () => {
    for (const body of [
      JSON.parse('{"answers": {"__proto__": true}}'),
      { answers: { constructor: true } },
    ]) {
      const result = validateAnswers(body);
      expect(result.ok ? '' : result.code).toBe('unknown_question');
    }
  });

  it('rejects a number for a yes/no question and names the question', () => {
    const result = validateAnswers({ answers: { 'saddle-numbness': 1 } });
    expect(result.ok ? '' : result.code).toBe('invalid_answer');
    expect(detailsOf(result)).toMatchObject({
      question: 'saddle-numbness',
      expected: 'true or false',
    });
  });

  it('rejects a yes/no or a string for a number question and says the range', () => {
    for (const value of [true, '42', null, [], {}]) {
      const result = validateAnswers({ answers: { age: value } });
      expect(result.ok ? '' : result.code).toBe('invalid_answer');
      expect(detailsOf(result)).toMatchObject({ question: 'age', expected: 'number 0-120' });
    }
  });

  it('rejects numbers just outside each spec range and accepts the range ends', () => {
    for (const q of numberQuestions) {
      const [min, max] = q.range ?? [0, 0];
      for (const inside of [min, max]) {
        expect(validateAnswers({ answers: { [q.id]: inside } }).ok).toBe(true);
      }
      for (const outside of [min - 0.5, max + 0.5, min - 1, max + 1]) {
        const result = validateAnswers({ answers: { [q.id]: outside } });
        expect(result.ok ? '' : result.code).toBe('invalid_answer');
        expect(detailsOf(result)).toMatchObject({ question: q.id });
      }
    }
  });

  it('rejects any number out of range, for any number question', () => {
    const outOfRange = fc.constantFrom(...numberQuestions).chain((q) => {
      const [min, max] = q.range ?? [0, 0];
      return fc.tuple(
        fc.constant(q.id),
        // fast-check counts -0 as below 0; numerically it is 0 and in range, so filter on value.
        fc
          .oneof(fc.double({ max: min, noNaN: true }), fc.double({ min: max, noNaN: true }))
          .filter((value) => value < min || value > max),
      );
    });
    fc.assert(
      fc.property(outOfRange, ([id, value]) => {
        const result = validateAnswers({ answers: { [id]: value } });
        expect(result.ok ? '' : result.code).toBe('invalid_answer');
        expect(detailsOf(result)).toMatchObject({ question: id });
      }),
    );
  });

  it('lists every offending question when several are wrong', () => {
    const result = validateAnswers({ answers: { age: 200, fever: 'yes', 'bad-id': true } });
    expect(result.ok ? '' : result.code).toBe('unknown_question');
    const problems = (detailsOf(result)?.problems ?? []) as { question: string }[];
    expect(problems.map((p) => p.question).sort()).toEqual(['age', 'bad-id', 'fever']);
  });

  it('rejects bodies that are not an object holding an answers object', () => {
    for (const body of [
      null,
      undefined,
      'fever',
      3,
      true,
      [],
      [{ answers: {} }],
      {},
      { answers: [] },
      { answers: null },
      { answers: 'fever' },
      { answers: {}, extra: 1 },
    ]) {
      const result = validateAnswers(body);
      expect(result.ok ? '' : result.code, JSON.stringify(body)).toBe('invalid_body');
    }
  });

  it('never throws and answers any input with an answer set or a named error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ answers: fc.anything() })), (input) => {
        const result = validateAnswers(input);
        if (result.ok) {
          expect(Object.keys(result.value).every((id) => knownIds.has(id))).toBe(true);
        } else {
          expect(['invalid_body', 'unknown_question', 'invalid_answer']).toContain(result.code);
          if (result.code !== 'invalid_body') {
            expect(detailsOf(result)?.question).toEqual(expect.any(String));
          }
        }
      }),
    );
  });

  it('agrees with the Zod request schema the server registers, on any JSON body', () => {
    const answerish = fc.dictionary(
      fc.oneof(fc.constantFrom(...knownIds), fc.string()),
      fc.oneof(fc.boolean(), fc.double(), fc.integer({ min: -5, max: 3000 }), fc.jsonValue()),
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ answers: answerish }),
      fc.record({ answers: answerish, other: fc.jsonValue() }, { requiredKeys: ['answers'] }),
    );
    fc.assert(
      fc.property(body, (input) => {
        expect(validateAnswers(input).ok).toBe(TriageRequest.safeParse(input).success);
      }),
    );
  });

  it('gives each yes/no question a yes/no schema and each number question its range', () => {
    const shape = TriageRequest.shape.answers.shape;
    expect(Object.keys(shape).sort()).toEqual([...knownIds].sort());
    for (const id of booleanIds) expect(shape[id]?.safeParse(true).success).toBe(true);
    for (const q of numberQuestions) {
      expect(shape[q.id]?.safeParse(q.range?.[1]).success).toBe(true);
      expect(shape[q.id]?.safeParse((q.range?.[1] ?? 0) + 1).success).toBe(false);
    }
  });
});

describe('a triage response', () => {
  it('accepts the shape the contract shows, and the levels are the spec levels', () => {
    const response = {
      level: 'routine',
      selfCareAllowed: true,
      reasons: [
        {
          question: 'cancer-history',
          message: 'See a doctor soon.',
          level: 'routine',
          when: 'soon',
          stopsSelfCare: false,
          why: 'Why.',
          tell: 'what cancer you had',
          sources: [],
        },
      ],
      precautions: [
        {
          question: 'pregnant',
          id: 'pregnancy',
          questions: ['pregnant'],
          message: 'How.',
          change: 'How.',
          why: '',
        },
      ],
      nextStep: { when: 'soon', message: 'See a doctor soon.' },
      when: 'soon',
    };
    expect(TriageResponse.safeParse(response).success).toBe(true);
    expect(TriageResponse.shape.level.options).toEqual([...safetyScreen.levels]);
  });
});
