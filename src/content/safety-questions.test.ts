import { describe, expect, it } from 'vitest';
import { safetyScreen } from '../core/spec/index.js';
import { fleschKincaidGrade } from './readability.js';
import { safetyQuestions, safetyTopicGroups, safetyTopics } from './safety-questions.js';

const specById = new Map(safetyScreen.questions.map((q) => [q.id, q]));
const levelOf = (id: string) => specById.get(id)?.level;

describe('the safety screen questions', () => {
  it('ask every spec question exactly once', () => {
    const ids = safetyQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(safetyScreen.questions.map((q) => q.id).sort());
  });

  it('ask every emergency question before any other', () => {
    const order = safetyQuestions.map((q) => levelOf(q.id));
    const lastEmergency = order.lastIndexOf('emergency');
    const firstOther = order.findIndex((level) => level !== 'emergency');
    expect(lastEmergency).toBeLessThan(firstOther);
    expect(safetyTopics[0]?.id).toBe('nerve-signs');
  });

  it('go emergency, urgent, routine, precautions, then the numbers, one topic at a time', () => {
    const groupOrder = safetyTopics.map((t) => safetyTopicGroups.indexOf(t.group));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
    expect(new Set(safetyTopics.map((t) => t.id)).size).toBe(safetyTopics.length);
    for (const topic of safetyTopics) {
      expect(topic.questions.length).toBeGreaterThan(0);
      for (const q of topic.questions) expect(q.topic).toBe(topic.id);
    }
  });

  it('put each question in the group its spec level and type say', () => {
    for (const topic of safetyTopics) {
      for (const q of topic.questions) {
        const spec = specById.get(q.id);
        const expected =
          spec?.type === 'number'
            ? 'numbers'
            : spec?.level === 'self-care-ok'
              ? 'precautions'
              : spec?.level;
        expect(topic.group, q.id).toBe(expected);
      }
    }
  });

  it('count "not sure" as yes for the nerve, chest and aorta questions only', () => {
    const notSure = safetyQuestions.filter((q) => q.notSureCountsAsYes).map((q) => q.id);
    expect(notSure.sort()).toEqual(
      [
        'saddle-numbness',
        'bladder-change',
        'bowel-change',
        'sexual-function-change',
        'both-legs-symptoms',
        'leg-weakness-worsening',
        'chest-pain',
        'sudden-tearing-pain',
      ].sort(),
    );
  });

  it('take yes/no or a number in the spec range, with the spec sources', () => {
    for (const q of safetyQuestions) {
      const spec = specById.get(q.id);
      if (spec?.type === 'number') {
        expect(q.answer).toEqual({
          kind: 'number',
          min: spec.range?.[0],
          max: spec.range?.[1],
          unit: spec.unit,
        });
      } else {
        expect(q.answer).toEqual({ kind: 'yes-no' });
      }
      expect(q.sources.length).toBeGreaterThan(0);
      expect(q.sources).toEqual(spec?.sources);
    }
  });

  it.each(safetyQuestions.map((q) => [q.id, q.prompt] as const))(
    '%s is a plain question at reading grade 8 or lower',
    (_id, prompt) => {
      expect(prompt).toMatch(/\?$/);
      expect(fleschKincaidGrade(prompt)).toBeLessThanOrEqual(8);
    },
  );

  it('introduce topics in plain words and promise no cure', () => {
    for (const topic of safetyTopics) {
      if (topic.intro) expect(fleschKincaidGrade(topic.intro), topic.id).toBeLessThanOrEqual(8);
    }
    const allText = safetyTopics.flatMap((t) => [
      t.title,
      t.intro ?? '',
      ...t.questions.flatMap((q) => [q.prompt, q.help ?? '']),
    ]);
    for (const text of allText)
      expect(text).not.toMatch(/\b(cure[sd]?|guarantee[sd]?|heal(?:s|ed|ing|er)?)\b/i);
  });
});
