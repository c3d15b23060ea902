import { describe, expect, it } from 'vitest';
import type { DroppedItem, PlanStep } from '../../core/contracts/plan.js';
import { safetyScreen } from '../../core/spec/index.js';
import {
  droppedWords,
  planDoseWords,
  planSizeWords,
  stepKindWords,
  stepSideWords,
  toolWords,
} from './plan-words.js';
import { stepChangeWords } from './precaution-labels.js';

const hold = (seconds: number, reps: number) => ({ mode: 'hold' as const, seconds, reps });

const pointStep: PlanStep = {
  kind: 'trigger-point',
  id: 'glute-overlap-point-left',
  triggerPoint: 'glute-overlap-point-left',
  technique: 'glute-point-fists',
  step: 1,
  side: 'left',
  tools: ['tennis-ball'],
  place: 'floor',
  dose: hold(10, 3),
  why: 'May explain the pain.',
  title: 'Ball on the buttock point',
  cues: {},
  triggerPoints: ['glute-overlap-point-left'],
  score: 0.6,
  precautions: [],
  safety: [],
  estimatedSeconds: 60,
};

describe('doses in plain words', () => {
  it('says a hold as the session player says it', () => {
    expect(planDoseWords({ dose: hold(10, 3), side: 'left' })).toBe('Hold 10 seconds, 3 times');
  });

  it('says circles and rolls', () => {
    expect(planDoseWords({ dose: { mode: 'circles', seconds: 10, reps: 4 }, side: null })).toBe(
      'Small circles for 10 seconds, 4 times',
    );
    expect(planDoseWords({ dose: { mode: 'roll', seconds: 60, reps: 1 }, side: null })).toBe(
      'Roll slowly for 1 minute, once',
    );
  });

  it('says a resting position by its length', () => {
    expect(planDoseWords({ dose: { mode: 'position', seconds: 300, reps: 1 }, side: null })).toBe(
      'Stay 5 minutes',
    );
  });

  it('adds "on each side" when the step is done on both sides', () => {
    expect(planDoseWords({ dose: hold(20, 2), side: 'both' })).toBe(
      'Hold 20 seconds, 2 times, on each side',
    );
  });
});

describe('a step in plain words', () => {
  it('names the step of the method, a release or a movement', () => {
    expect(stepKindWords(pointStep)).toBe('Step 1 of the method');
    expect(stepKindWords({ ...pointStep, step: null })).toBe('Extra point');
    const release = { ...pointStep, kind: 'mobilisation' as const, id: 'psoas-rest-release' };
    expect(stepKindWords(release)).toBe('Psoas release');
    expect(stepKindWords({ ...release, id: 'standing-side-bend' })).toBe('Movement');
  });

  it('says the side, and that both sides start on the left', () => {
    expect(stepSideWords('left')).toBe('Left side');
    expect(stepSideWords('both')).toBe('Both sides, left first');
    expect(stepSideWords(null)).toBeNull();
  });

  it('names the tools, or says none is needed', () => {
    expect(toolWords(pointStep)).toBe('Tennis ball');
    expect(toolWords({ tools: ['fists', 'thumbs'] })).toBe('Fists and knuckles and Thumbs');
    expect(toolWords({ tools: [] })).toBe('Nothing: just you');
  });

  it('counts steps and minutes against the time chosen', () => {
    expect(planSizeWords({ steps: [pointStep], estimatedMinutes: 1, minutes: 5 })).toBe(
      '1 step, about 1 minute (you have 5)',
    );
    expect(planSizeWords({ steps: [pointStep, pointStep], estimatedMinutes: 9, minutes: 10 })).toBe(
      '2 steps, about 9 minutes (you have 10)',
    );
  });
});

describe('what was left out', () => {
  const dropped = (item: Partial<DroppedItem>): DroppedItem => ({
    kind: 'trigger-point',
    id: 'ql-middle-inner-point-left',
    triggerPoint: 'ql-middle-inner-point-left',
    side: 'left',
    because: 'time',
    precautions: [],
    reason: 'Left out to fit your 10 minutes.',
    ...item,
  });

  it('lists names left out for time on one line, and others with their reason', () => {
    const words = droppedWords([
      dropped({}),
      dropped({ kind: 'mobilisation', id: 'standing-side-bend', triggerPoint: null }),
      dropped({ because: 'skipped-area', reason: 'It lies next to an area you marked.' }),
    ]);
    expect(words.forTime).toHaveLength(2);
    expect(words.forTime[0]).toMatch(/^Hip hiker/);
    expect(words.forTime[1]).toBe('Standing side bend');
    expect(words.otherwise).toEqual([
      { name: words.forTime[0], reason: 'It lies next to an area you marked.' },
    ]);
  });
});

describe('the safety change shown on a step', () => {
  it('has a short label for every precaution the safety screen can set', () => {
    for (const id of Object.keys(safetyScreen.precautions)) {
      expect(stepChangeWords([id])).not.toContain('made gentler');
    }
  });

  it('says nothing for a step no precaution changed, and each change once', () => {
    expect(stepChangeWords([])).toBeNull();
    expect(stepChangeWords(['gentle-pressure', 'gentle-pressure'])).toBe(
      'Changed for your safety: lighter pressure, shorter holds',
    );
  });
});
