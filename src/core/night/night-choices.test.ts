import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { activeLimits, type LimitId } from '../plan/limits.js';
import { triage } from '../triage/triage.js';
import { nightChoices } from './night-choices.js';

const ids = (entries: readonly { readonly id: string }[]) => entries.map((entry) => entry.id);
const leftOutWith = (limits: LimitId[], selfCareAllowed = true) =>
  ids(nightChoices({ limits: new Set(limits), selfCareAllowed }).leftOut.map((l) => l.entry));

describe('the bad-night mode under each limit', () => {
  it('offers everything when nothing limits it', () => {
    const choices = nightChoices({ limits: new Set(), selfCareAllowed: true });
    expect(choices.leftOut).toEqual([]);
    expect(ids(choices.offered)).toContain('night-traction');
  });

  it.each([
    ['gentle-pressure', []],
    ['gentle-pressure-no-heat', ['night-heat']],
    ['fragile-bones', ['night-traction']],
    ['pregnancy', ['night-knees-bent', 'night-legs-raised', 'night-traction']],
    ['no-belly-pressure', []],
    ['no-leg-pressure', ['night-legs-raised', 'night-traction']],
    ['skip-marked-area', []],
    ['avoid-operated-area', ['night-traction']],
    ['start-gentle', []],
  ] as const)('%s leaves out %j', (limit, expected) => {
    expect(leftOutWith([limit])).toEqual(expected);
  });

  it('in pregnancy never offers lying flat on the back, and still offers a rest on the side', () => {
    const choices = nightChoices({ limits: new Set(['pregnancy']), selfCareAllowed: true });
    for (const entry of choices.offered) expect(entry.lyingOnBack, entry.id).toBe(false);
    expect(ids(choices.offered)).toContain('night-side-lying');
    const knees = choices.leftOut.find((l) => l.entry.id === 'night-knees-bent');
    expect(knees?.reasons).toEqual([expect.stringMatching(/pregnancy.*flat on your back/i)]);
  });

  it('never offers hip hanging while self-care is stopped, whatever the limits', () => {
    const stopped = nightChoices({ limits: new Set(), selfCareAllowed: false });
    expect(ids(stopped.leftOut.map((l) => l.entry))).toEqual(['night-traction']);
    expect(stopped.leftOut[0]?.because).toEqual(['stop']);
    expect(stopped.leftOut[0]?.reasons[0]).toMatch(/see a doctor first/);
  });

  it('after spine surgery or a suspected broken vertebra, leaves hip hanging out', () => {
    const surgery = triage({ 'recent-spine-surgery': true });
    const limits = activeLimits({ 'recent-spine-surgery': true }, surgery.precautions);
    const choices = nightChoices({ limits, selfCareAllowed: surgery.selfCareAllowed });
    expect(ids(choices.leftOut.map((l) => l.entry))).toEqual(['night-traction']);
    expect(choices.leftOut[0]?.reasons[0]).toMatch(/surgery/);

    const answers = { age: 70, 'minor-trauma': true };
    const fracture = triage(answers);
    expect(fracture.selfCareAllowed).toBe(false);
    const held = nightChoices({
      limits: activeLimits(answers, fracture.precautions),
      selfCareAllowed: fracture.selfCareAllowed,
    });
    expect(held.leftOut[0]?.because).toEqual(['stop', 'fragile-bones']);
  });

  it('counts age 65 and over as fragile bones, as the plan does', () => {
    const limits = activeLimits({ age: 65 }, []);
    expect(
      ids(nightChoices({ limits, selfCareAllowed: true }).leftOut.map((l) => l.entry)),
    ).toEqual(['night-traction']);
    expect(activeLimits({ age: 64 }, []).has('fragile-bones')).toBe(false);
  });

  it('warns to keep heat off an area marked to keep clear', () => {
    const choices = nightChoices({ limits: new Set(['skip-marked-area']), selfCareAllowed: true });
    expect(choices.cautions['night-heat']?.[0]).toMatch(/heat off/);
  });

  it('gives every reason in plain words', () => {
    const all = nightChoices({
      limits: new Set([
        'pregnancy',
        'no-leg-pressure',
        'gentle-pressure-no-heat',
        'fragile-bones',
        'avoid-operated-area',
      ]),
      selfCareAllowed: false,
    });
    for (const text of all.leftOut.flatMap((l) => l.reasons)) {
      expect(fleschKincaidGrade(text), text).toBeLessThan(8.05);
    }
  });
});
