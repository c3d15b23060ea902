// Test support: the smallest answers that fire one spec question or rule, built from the spec
// text, so a rule added later is tested too.
import type { Answers } from '../contracts/triage.js';
import { safetyScreen } from '../spec/index.js';

/** Answers that fire this question or rule: its `all`, the first `any`, the first n of `atLeast`. */
export function answersFiring(id: string): Answers {
  const rule = safetyScreen.rules.find((r) => r.id === id);
  if (rule === undefined) return { [id]: true };
  const conditions = [
    ...(rule.all ?? []),
    rule.any?.[0],
    ...(rule.atLeast?.of ?? []).slice(0, rule.atLeast?.n ?? 0),
  ];
  return Object.fromEntries(
    conditions.flatMap((c): [string, boolean | number][] => {
      if (c === undefined) return [];
      const [, q, op, n] = /^([a-z0-9-]+)(?:([<>]=?)(\d+))?$/.exec(c) ?? [];
      if (q === undefined) return [];
      if (op === undefined) return [[q, true]];
      const value = Number(n);
      return [[q, op === '<' ? value - 1 : op === '>' ? value + 1 : value]];
    }),
  );
}
