import { describe, expect, it } from 'vitest';
import { readPsoasCheck } from '../../../core/plan/index.js';
import {
  answersFrom,
  checkFrom,
  checkStages,
  footChoices,
  noAnswers,
  shoulderChoices,
  stageAfter,
  stageBefore,
  stageProblem,
} from './psoas-check-flow.js';

describe('the guided psoas check', () => {
  it('goes from getting ready to the feet, the shoulders, then what it may suggest', () => {
    expect(checkStages).toEqual(['ready', 'feet', 'shoulders', 'result']);
    expect(stageAfter('ready')).toBe('feet');
    expect(stageAfter('shoulders')).toBe('result');
    expect(stageAfter('result')).toBe('result');
    expect(stageBefore('feet')).toBe('ready');
    expect(stageBefore('ready')).toBeNull();
  });

  it('asks for an answer on each look before going on', () => {
    expect(stageProblem('ready', noAnswers)).toBeNull();
    expect(stageProblem('feet', noAnswers)).toMatch(/skip the check/);
    expect(stageProblem('feet', { ...noAnswers, foot: 'none' })).toBeNull();
    expect(stageProblem('shoulders', { foot: 'left', shoulder: null })).toMatch(/Pick/);
  });

  it('offers every answer the plan takes, and none it does not', () => {
    expect(footChoices.map((choice) => choice.value)).toEqual(['left', 'right', 'both', 'none']);
    expect(shoulderChoices.map((choice) => choice.value)).toEqual(['left', 'right', 'none']);
  });

  it('turns a left foot and a left shoulder into a hint at a short left psoas', () => {
    const check = checkFrom({ foot: 'left', shoulder: 'left' });
    expect(check).toEqual({ footTurnsOut: 'left', shoulderLower: 'left' });
    expect(readPsoasCheck(check)).toMatchObject({ suggestsShort: true, side: 'left' });
  });

  it('shows the answers kept on the device when the person comes back', () => {
    const check = { footTurnsOut: 'both', shoulderLower: 'none' } as const;
    expect(checkFrom(answersFrom(check))).toEqual(check);
    expect(answersFrom(null)).toEqual(noAnswers);
  });
});
