import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safetyChecklists, safetyQuestions } from '../../content/safety-questions.js';
import { safetyScreen } from '../../core/spec/index.js';
import { triage } from '../../core/triage/index.js';
import {
  answersFrom,
  anyTicked,
  asksForNerveQuestions,
  type Choice,
  type Choices,
  checklistsFor,
  needsEmergencyHelp,
  numberProblem,
  openQuestions,
  reachableIndex,
  redFlagChecklists,
  screenIndexFrom,
  withFreshRedFlags,
  withRestAsNo,
} from './screen-flow.js';

const levelOf = new Map(safetyScreen.questions.map((q) => [q.id, q.level]));
const yesNo = safetyQuestions.filter((q) => q.answer.kind === 'yes-no');
const question = (id: string) => safetyQuestions.find((q) => q.id === id)!;
const allNo = (screenIds: readonly string[]): Choices =>
  Object.fromEntries(
    safetyChecklists
      .filter((t) => screenIds.includes(t.id))
      .flatMap((t) => t.questions)
      .filter((q) => q.answer.kind === 'yes-no')
      .map((q) => [q.id, 'no' as const]),
  );

describe('which checklists the screen asks', () => {
  it('asks every group as one checklist, emergency signs first, on a full screen', () => {
    const full = checklistsFor('full');
    expect(full).toBe(safetyChecklists);
    expect(full.map((t) => t.id)).toEqual([
      'emergency',
      'urgent',
      'routine',
      'precautions',
      'numbers',
    ]);
    expect(full[0]?.questions[0]?.id).toBe('saddle-numbness');
    // The three numbers share one screen.
    expect(full.at(-1)?.questions.map((q) => q.id)).toEqual(['age', 'pain-weeks', 'pain-now']);
  });

  it('asks the emergency and urgent checklists after a reported change, and the small-fall question', () => {
    expect(checklistsFor('red-flags').map((t) => t.id)).toEqual([
      'emergency',
      'urgent',
      'precautions',
    ]);
    // A small fall with thin bones can break a vertebra (rule fracture-risk).
    expect(checklistsFor('red-flags').flatMap((t) => t.questions.map((q) => q.id))).toContain(
      'minor-trauma',
    );
    const asked = new Set(redFlagChecklists.flatMap((t) => t.questions.map((q) => q.id)));
    for (const spec of safetyScreen.questions) {
      if (spec.level === 'emergency' || spec.level === 'urgent') expect(asked).toContain(spec.id);
    }
  });

  it('starts at the nerve questions for the body map, by short name, group or topic id', () => {
    const full = checklistsFor('full');
    expect(full[screenIndexFrom('?topic=nerves', full)]?.id).toBe('emergency');
    expect(screenIndexFrom('?topic=about-you', full)).toBe(full.length - 1);
    expect(screenIndexFrom('?topic=numbers', full)).toBe(full.length - 1);
    expect(screenIndexFrom('?topic=nonsense', full)).toBe(0);
    expect(screenIndexFrom('', full)).toBe(0);
    expect(asksForNerveQuestions('?topic=nerves')).toBe(true);
    expect(asksForNerveQuestions('?topic=nerve-signs')).toBe(false);
  });
});

describe('moving through the checklists', () => {
  const full = checklistsFor('full');

  it('never shows a later screen while an earlier one is still open, as after a reload', () => {
    expect(reachableIndex(full, 3, {}, {})).toBe(0);
    const firstTwo = allNo(['emergency', 'urgent']);
    expect(reachableIndex(full, 4, firstTwo, {})).toBe(2);
    expect(reachableIndex(full, 1, firstTwo, {})).toBe(1);
  });

  it('counts every question not tapped on a checklist as no, and only on that screen', () => {
    const emergency = full[0]!;
    const answered = withRestAsNo(emergency, { 'bladder-change': 'not-sure' });
    expect(openQuestions(emergency, answered, {})).toEqual([]);
    expect(answered['bladder-change']).toBe('not-sure');
    expect(answered['saddle-numbness']).toBe('no');
    expect(answered.fever).toBeUndefined();
    expect(anyTicked(emergency, answered)).toBe(true);
    expect(anyTicked(emergency, withRestAsNo(emergency, {}))).toBe(false);
  });

  it('waits for the age and the weeks, but not for pain now', () => {
    const numbers = full.find((t) => t.id === 'numbers')!;
    expect(openQuestions(numbers, {}, {}).map((q) => q.id)).toEqual(['age', 'pain-weeks']);
    expect(openQuestions(numbers, {}, { age: '40' }).map((q) => q.id)).toEqual(['pain-weeks']);
    expect(openQuestions(numbers, {}, { age: '40', 'pain-weeks': ' ' }).map((q) => q.id)).toEqual([
      'pain-weeks',
    ]);
    expect(openQuestions(numbers, {}, { age: '40', 'pain-weeks': '0' })).toEqual([]);
  });

  it('asks for whole numbers inside the spec range', () => {
    const age = question('age');
    expect(numberProblem(age, '40')).toBeNull();
    expect(numberProblem(age, '')).toBeNull();
    expect(numberProblem(age, '121')).toBe('Please type a whole number from 0 to 120.');
    expect(numberProblem(age, '-1')).not.toBeNull();
    expect(numberProblem(age, '4.5')).not.toBeNull();
    expect(numberProblem(question('pain-now'), '11')).toBe(
      'Please type a whole number from 0 to 10.',
    );
    expect(numberProblem(question('fever'), 'x')).toBeNull();
  });
});

describe('what the answers mean', () => {
  it('records "not sure" as yes, and leaves out numbers left blank or out of range', () => {
    expect(
      answersFrom(
        { 'saddle-numbness': 'no', 'bladder-change': 'not-sure', fever: 'yes' },
        { age: '40', 'pain-weeks': '', 'pain-now': '12' },
      ),
    ).toEqual({ 'saddle-numbness': false, 'bladder-change': true, fever: true, age: 40 });
  });

  it('offers "not sure" exactly where it counts as yes: nerve and chest signs', () => {
    const offered = yesNo.filter((q) => q.notSureCountsAsYes).map((q) => q.id);
    expect(offered).toContain('saddle-numbness');
    expect(offered).toContain('chest-pain');
    for (const id of offered) {
      expect(triage(answersFrom({ [id]: 'not-sure' }, {}))).toEqual(
        triage(answersFrom({ [id]: 'yes' }, {})),
      );
    }
  });

  it('stops at once for every emergency question answered yes, and for none below', () => {
    for (const q of yesNo) {
      expect(needsEmergencyHelp(answersFrom({ [q.id]: 'yes' }, {}))).toBe(
        levelOf.get(q.id) === 'emergency',
      );
    }
  });

  it('stops at once exactly when the answers so far already mean emergency', () => {
    const choice = fc.constantFrom<Choice>('yes', 'no', 'not-sure');
    const choices = fc.dictionary(fc.constantFrom(...yesNo.map((q) => q.id)), choice);
    fc.assert(
      fc.property(choices, (picked) => {
        const answers = answersFrom(picked, {});
        const yes = (id: string) => picked[id] !== undefined && picked[id] !== 'no';
        const anyEmergencyYes = Object.keys(picked).some(
          (id) => yes(id) && levelOf.get(id) === 'emergency',
        );
        // Emergency rules on yes/no answers alone (bleed-risk-weakness, weakness-with-nerve-signs).
        const emergencyRule = safetyScreen.rules
          .filter((r) => r.level === 'emergency' && r.atLeast === undefined)
          .some((r) => (r.all ?? []).every(yes) && (r.any === undefined || r.any.some(yes)));
        expect(needsEmergencyHelp(answers)).toBe(anyEmergencyYes || emergencyRule);
      }),
    );
  });

  it('keeps the rest of the last screen when only the red flags are asked again', () => {
    const before = { 'saddle-numbness': true, fever: true, pregnant: true, age: 40 };
    const fresh = { 'saddle-numbness': false, 'bladder-change': false };
    expect(withFreshRedFlags(before, fresh)).toEqual({
      'saddle-numbness': false,
      'bladder-change': false,
      pregnant: true,
      age: 40,
    });
  });
});
