import { describe, expect, it } from 'vitest';
import { overloadCauses } from '../../content/overload-causes.js';
import { fleschKincaidGrade } from '../../content/readability.js';
import { overloadTips } from './overload-tips.js';

describe('tips from the overload self-review (S14)', () => {
  it('gives nothing when nothing loads the back', () => {
    expect(overloadTips({})).toEqual([]);
    expect(overloadTips({ exertion: false, trauma: false })).toEqual([]);
  });

  it('gives one tip per group answered yes, in the order of the four groups', () => {
    const tips = overloadTips({ trauma: true, exertion: true, sleep: true, biochemical: true });
    expect(tips.map((tip) => tip.group)).toEqual([
      'exertion',
      'repetition',
      'biochemical',
      'trauma',
    ]);
    for (const tip of tips) {
      const cause = overloadCauses.find((entry) => entry.id === tip.cause);
      expect(cause?.group).toBe(tip.group);
      for (const line of cause?.whatYouCanDo ?? []) expect(tip.advice).toContain(line);
    }
  });

  it('counts sleeping in one position as a held posture', () => {
    const [tip] = overloadTips({ sleep: true });
    expect(tip?.group).toBe('repetition');
    expect(tip?.because).toMatch(/sleep/);
  });

  it('sends body chemistry to a doctor and a blood test, never to a supplement list', () => {
    const [tip] = overloadTips({ biochemical: true });
    expect(tip?.action).toBe('ask-doctor-about-blood-test');
    expect(tip?.advice.join(' ')).toMatch(/blood test/);
    const text = `${tip?.because} ${tip?.advice.join(' ')}`;
    expect(text).not.toMatch(
      /vitamin|folate|folic|magnesium|iron|potassium|calcium|phosph|zinc|supplement/i,
    );
  });

  it('after a fall or knock, asks the person to go through the safety screen again', () => {
    const [tip] = overloadTips({ trauma: true });
    expect(tip?.action).toBe('redo-safety-screen');
    expect(tip?.advice[0]).toMatch(/safety questions again/);
  });

  it('speaks plainly', () => {
    const tips = overloadTips({
      exertion: true,
      repetition: true,
      sleep: true,
      biochemical: true,
      trauma: true,
    });
    for (const tip of tips) {
      expect(fleschKincaidGrade(tip.because), tip.because).toBeLessThanOrEqual(8);
    }
  });
});
