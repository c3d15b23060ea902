import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { safetyScreen } from '../spec/index.js';
import { answersFiring } from './firing-answers.test-support.js';
import { redFlagWords } from './red-flag-words.js';
import { redFlagGroups } from './red-flags.js';
import { triage } from './triage.js';

const groups = redFlagGroups();
const flags = groups.flatMap((group) => group.flags.map((flag) => ({ ...flag, group })));

describe('the red-flag lists from the spec', () => {
  it('list every warning question and every rule exactly once', () => {
    const expected = [
      ...safetyScreen.questions
        .filter((q) => q.type === 'boolean' && q.level !== 'self-care-ok')
        .map((q) => q.id),
      ...safetyScreen.rules.map((r) => r.id),
    ];
    expect(flags.map((flag) => flag.id).sort()).toEqual(expected.sort());
    expect(Object.keys(redFlagWords).sort()).toEqual(expected.sort());
  });

  it('put each sign where triage sends a person who has only that sign', () => {
    for (const flag of flags) {
      const result = triage(answersFiring(flag.id));
      expect(result.level, flag.id).toBe(flag.group.level);
      expect(result.when, flag.id).toBe(flag.group.when);
      expect(result.selfCareAllowed, flag.id).toBe(!flag.stopsSelfCare);
    }
  });

  it('go most urgent first: now, today, within 48 hours, soon', () => {
    expect(groups.map((group) => group.when)).toEqual([
      'now',
      'same-day',
      'within-48-hours',
      'soon',
    ]);
    expect(groups.map((group) => group.level)).toEqual([
      'emergency',
      'urgent',
      'urgent',
      'routine',
    ]);
  });

  it('send a fever, a pulsing belly, a clot and a weakening leg to a doctor today, never "book a visit"', () => {
    const today = groups.find((group) => group.when === 'same-day');
    expect(today?.flags.map((flag) => flag.id)).toEqual(
      expect.arrayContaining(['fever', 'pulsing-belly', 'dvt-now', 'leg-weakness-worsening']),
    );
    const now = groups.find((group) => group.when === 'now');
    expect(now?.flags.map((flag) => flag.id)).toEqual(
      expect.arrayContaining(['major-trauma', 'bleed-risk-weakness']),
    );
    expect(today?.action).toMatch(/today/);
  });

  it('say every sign in plain words, with its sources', () => {
    for (const flag of flags) {
      expect(fleschKincaidGrade(flag.words), flag.words).toBeLessThan(8.05);
      expect(flag.sources.length, flag.id).toBeGreaterThan(0);
    }
    for (const group of groups) expect(fleschKincaidGrade(group.heading)).toBeLessThan(8.05);
  });
});
