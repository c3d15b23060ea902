import { describe, expect, it } from 'vitest';
import { triage } from '../../core/triage/index.js';
import { answersBehind, yesAnswers } from './earlier-answers.js';

const behind = (answers: Parameters<typeof triage>[0]) => answersBehind(answers, triage(answers));

describe('the answers behind a stop', () => {
  it('names the emergency answer with its question, not the answers that did not stop', () => {
    const shown = behind({ 'bladder-change': true, 'blood-thinners': true, age: 40 });
    expect(shown.map((a) => [a.question, a.answer])).toEqual([['bladder-change', 'Yes']]);
    expect(shown[0]?.prompt).toMatch(/\?$/);
  });

  it("names a rule's answers that held, numbers as typed", () => {
    const shown = behind({ osteoporosis: true, age: 70, 'pain-weeks': 10 });
    expect(shown.map((a) => [a.question, a.answer])).toEqual([
      ['age', '70'],
      ['osteoporosis', 'Yes'],
    ]);
  });

  it('lists the yes answers of a screen for the record', () => {
    expect(yesAnswers({ 'chest-pain': true, fever: false, age: 50 })).toEqual(['chest-pain']);
  });
});
