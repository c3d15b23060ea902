import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { safetyScreen } from '../spec/index.js';
import { answersFiring } from './firing-answers.test-support.js';
import { triage } from './triage.js';
import {
  actionWording,
  alsoTellWording,
  changeWording,
  precautionWording,
  reasonWording,
  stopSoonWording,
} from './wording.js';

const { questions, rules, precautions, levels } = safetyScreen;
const above = (level: string) => levels.indexOf(level as (typeof levels)[number]) > 0;
const inRules = new Set(
  rules
    .flatMap((r) => [...(r.all ?? []), ...(r.any ?? []), ...(r.atLeast?.of ?? [])])
    .map((c) => c.split(/[<>=]/)[0]),
);

const everyText = (): [string, string][] => [
  ...Object.entries(actionWording).map(([id, text]): [string, string] => [`action ${id}`, text]),
  ...Object.entries(reasonWording).flatMap(([id, w]): [string, string][] => [
    [`why ${id}`, w.why],
    [`tell ${id}`, `Tell them ${w.tell}.`],
    ...(w.action ? [[`action ${id}`, w.action] as [string, string]] : []),
  ]),
  ...Object.entries(precautionWording).flatMap(([id, w]): [string, string][] => [
    [`change ${id}`, w.change],
    [`why ${id}`, w.why],
  ]),
  ['also', alsoTellWording],
  ['stop soon', stopSoonWording],
  ['change', changeWording],
];

describe('the words triage says', () => {
  it('cover every yes/no question that can raise the level, and every rule, with no stray ids', () => {
    const expected = [
      ...questions.filter((q) => q.type === 'boolean' && above(q.level)).map((q) => q.id),
      ...rules.map((r) => r.id),
    ];
    expect(Object.keys(reasonWording).sort()).toEqual(expected.sort());
  });

  it('cover every precaution the spec names', () => {
    expect(Object.keys(precautionWording).sort()).toEqual(Object.keys(precautions).sort());
  });

  it('leave no spec question unspoken: each is worded, has a worded precaution, feeds a rule, or is a number', () => {
    for (const q of questions) {
      const spoken =
        q.id in reasonWording ||
        (q.precaution !== undefined && q.precaution in precautionWording) ||
        inRules.has(q.id) ||
        q.type === 'number';
      expect(spoken, q.id).toBe(true);
    }
  });

  it('ask for a same-day check exactly where the spec marks it or its words ask for it', () => {
    const sameDayInSpec = [...questions, ...rules]
      .filter((item) => item.when === 'same-day' || /same[- ]day/i.test(item.why))
      .map((item) => item.id);
    const sameDayHere = [...questions, ...rules]
      .filter((item) => triage(answersFiring(item.id)).when === 'same-day')
      .map((item) => item.id);
    expect(sameDayHere.sort()).toEqual(sameDayInSpec.sort());
    expect(sameDayHere).toEqual(
      expect.arrayContaining([
        'leg-weakness-worsening',
        'infection-risk-fever',
        'fever',
        'pulsing-belly',
        'dvt-now',
      ]),
    );
    // The wording flag is only for what the spec asks in words but does not mark.
    for (const [id] of Object.entries(reasonWording).filter(([, w]) => w.sameDay)) {
      expect([...questions, ...rules].find((item) => item.id === id)?.when, id).toBeUndefined();
    }
  });

  it('say plainly what to do at each level', () => {
    expect(actionWording.now).toMatch(/stop self-treatment and get emergency help now/i);
    expect(actionWording['within-48-hours']).toMatch(/stop self-treatment.*24 to 48 hours/i);
    expect(actionWording['same-day']).toMatch(/stop self-treatment.*today/i);
    expect(actionWording.soon).toMatch(/go on with self-care.*soon/i);
  });

  it.each(everyText())('%s reads at grade 8 or lower', (_id, text) => {
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });

  it('every message a single answer produces reads at grade 8 or lower', () => {
    const answerSets = [
      ...questions.filter((q) => q.type === 'boolean').map((q) => ({ [q.id]: true })),
      { age: 12 },
      {
        age: 70,
        'pain-weeks': 2,
        'cancer-history': true,
        osteoporosis: true,
        'minor-trauma': true,
      },
      { fever: true, 'iv-drug-use': true, 'leg-weakness-worsening': true, 'bowel-change': true },
    ];
    for (const answers of answerSets) {
      const result = triage(answers);
      for (const item of [...result.reasons, ...result.precautions, result.nextStep]) {
        expect(fleschKincaidGrade(item.message), item.message).toBeLessThanOrEqual(8);
      }
    }
  });

  it('make no promise of a cure', () => {
    for (const [id, text] of everyText()) {
      expect(text, id).not.toMatch(/\b(cure[sd]?|guarantee[sd]?|heal(?:s|ed|ing|er)?)\b/i);
    }
  });
});
