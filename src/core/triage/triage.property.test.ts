import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, TriageResponse } from '../contracts/triage.js';
import { type SpecRule, safetyScreen } from '../spec/index.js';
import { triage } from './triage.js';

const { levels, questions, rules } = safetyScreen;
const rank = (level: string) => levels.indexOf(level as (typeof levels)[number]);
const booleanIds = questions.filter((q) => q.type === 'boolean').map((q) => q.id);

/** Any answer set the spec allows; numbers lean toward the rule thresholds. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    questions.map((q) => {
      if (q.type === 'boolean') return [q.id, fc.boolean()];
      const [min, max] = q.range ?? [0, 0];
      const thresholds = [0, 5, 6, 15, 16, 19, 20, 50, 51, 64, 65].filter(
        (n) => n >= min && n <= max,
      );
      const near = fc.constantFrom(...thresholds);
      return [q.id, fc.oneof(near, fc.integer({ min, max }), fc.double({ min, max, noNaN: true }))];
    }),
  ),
  { requiredKeys: [] },
);

// An independent reading of the spec's text, kept deliberately naive, to check triage against.
const holds = (condition: string, answers: Answers): boolean => {
  const match = /^([a-z0-9-]+)(<=|>=|<|>|=)(\d+)$/.exec(condition);
  if (!match) return answers[condition] === true;
  const [, id = '', op, n] = match;
  const value = answers[id];
  if (typeof value !== 'number') return false;
  const limit = Number(n);
  return op === '<'
    ? value < limit
    : op === '<='
      ? value <= limit
      : op === '>'
        ? value > limit
        : op === '>='
          ? value >= limit
          : value === limit;
};
const ruleFires = (rule: SpecRule, answers: Answers): boolean =>
  (rule.all ?? []).every((c) => holds(c, answers)) &&
  (!rule.any || rule.any.some((c) => holds(c, answers))) &&
  (!rule.atLeast || rule.atLeast.of.filter((c) => holds(c, answers)).length >= rule.atLeast.n);

const namedQuestionIds = (result: ReturnType<typeof triage>): string[] => [
  ...result.reasons.flatMap((r) => (r.rule ? [] : [r.question])),
  ...result.reasons.flatMap((r) => (r.conditionsMet ?? []).map((c) => c.split(/[<>=]/)[0] ?? '')),
  ...result.precautions.flatMap((p) => [p.question, ...p.questions]),
];

describe('triage on any answer set', () => {
  it('agrees with the spec: level is the highest any answer or rule reaches', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reached = [
          ...questions.filter((q) => answers[q.id] === true).map((q) => q.level),
          ...rules.filter((r) => ruleFires(r, answers)).map((r) => r.level),
        ];
        const expected = reached.reduce((a, b) => (rank(b) > rank(a) ? b : a), 'self-care-ok');
        const result = triage(answers);
        expect(result.level).toBe(expected);
        const firedRules = rules.filter((r) => ruleFires(r, answers)).map((r) => r.id);
        expect(
          result.reasons
            .filter((r) => r.rule)
            .map((r) => r.rule)
            .sort(),
        ).toEqual(firedRules.sort());
        const stoppedByRule = rules.some(
          (r) => r.selfCareAllowed === false && ruleFires(r, answers),
        );
        expect(result.selfCareAllowed).toBe(rank(expected) < rank('urgent') && !stoppedByRule);
      }),
    );
  });

  it('answering one more question yes never lowers the level or lets self-care back in', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...booleanIds), (answers, id) => {
        const before = triage(answers);
        const after = triage({ ...answers, [id]: true });
        expect(rank(after.level)).toBeGreaterThanOrEqual(rank(before.level));
        if (!before.selfCareAllowed) expect(after.selfCareAllowed).toBe(false);
      }),
    );
  });

  it('emergency and urgent always mean self-care is not allowed', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = triage(answers);
        if (result.level === 'emergency' || result.level === 'urgent') {
          expect(result.selfCareAllowed).toBe(false);
          expect(result.nextStep.message).toMatch(/^Stop self-treatment/);
        }
      }),
    );
  });

  it('never names a question that was not answered yes or given', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const named = namedQuestionIds(triage(answers));
        for (const id of named) {
          expect(answers[id] === true || typeof answers[id] === 'number', id).toBe(true);
        }
      }),
    );
  });

  it('gives every reason and precaution a message, in the contract shape, the same every time', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const frozen = Object.freeze({ ...answers });
        const result = triage(frozen);
        expect(TriageResponse.parse(result)).toEqual(result);
        expect(triage(frozen)).toEqual(result);
        for (const item of [...result.reasons, ...result.precautions]) {
          expect(item.message.length).toBeGreaterThan(20);
        }
        // One entry per question that set a precaution (API contract), each question once.
        const questions = result.precautions.map((p) => p.question);
        expect(new Set(questions).size).toBe(questions.length);
        const asked = safetyScreen.questions.filter(
          (q) => q.precaution !== undefined && answers[q.id] === true,
        );
        expect(questions).toEqual(asked.map((q) => q.id));
        const ranks = result.reasons.map((r) => rank(r.level));
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      }),
    );
  });
});

// Each rule both ways, built from the spec text so a rule added later is tested too.
const satisfying = (condition: string): Answers => {
  const match = /^([a-z0-9-]+)(<=|>=|<|>|=)(\d+)$/.exec(condition);
  if (!match) return { [condition]: true };
  const [, id = '', op, n] = match;
  const limit = Number(n);
  return { [id]: op === '<' ? limit - 1 : op === '>' ? limit + 1 : limit };
};
const merge = (conditions: readonly string[]): Answers =>
  Object.assign({}, ...conditions.map(satisfying));
const subsets = <T>(items: readonly T[], size: number): T[][] =>
  size === 0
    ? [[]]
    : items.flatMap((item, i) =>
        subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
      );
const fired = (ruleId: string, answers: Answers) =>
  triage(answers).reasons.some((r) => r.rule === ruleId);

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const atLeastFirst = rule.atLeast ? rule.atLeast.of.slice(0, rule.atLeast.n) : [];
  const anyFirst = rule.any ? rule.any.slice(0, 1) : [];
  const full = [...(rule.all ?? []), ...anyFirst, ...atLeastFirst];

  it('fires when its conditions hold', () => {
    expect(fired(rule.id, merge(full))).toBe(true);
    for (const option of rule.any ?? []) {
      expect(fired(rule.id, merge([...(rule.all ?? []), option, ...atLeastFirst])), option).toBe(
        true,
      );
    }
  });

  it('does not fire when any one "all" condition is missing', () => {
    for (const dropped of rule.all ?? []) {
      expect(fired(rule.id, merge(full.filter((c) => c !== dropped))), dropped).toBe(false);
    }
  });

  if (rule.any) {
    it('does not fire when none of its "any" conditions holds', () => {
      expect(fired(rule.id, merge([...(rule.all ?? []), ...atLeastFirst]))).toBe(false);
    });
  }

  const atLeast = rule.atLeast;
  if (atLeast) {
    it(`fires with ${atLeast.n} of its atLeast conditions and not with ${atLeast.n - 1}`, () => {
      const base = [...(rule.all ?? []), ...anyFirst];
      for (const chosen of subsets(atLeast.of, atLeast.n)) {
        expect(fired(rule.id, merge([...base, ...chosen])), chosen.join('+')).toBe(true);
      }
      for (const chosen of subsets(atLeast.of, atLeast.n - 1)) {
        expect(fired(rule.id, merge([...base, ...chosen])), chosen.join('+')).toBe(false);
      }
    });
  }

  it('reaches its own level', () => {
    expect(rank(triage(merge(full)).level)).toBeGreaterThanOrEqual(rank(rule.level));
  });
});
