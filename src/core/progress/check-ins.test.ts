import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_CHANGE_SOURCE,
  activityChange,
  activityMeanChange,
  checkInProgress,
  PAIN_CHANGE_SOURCE,
  painChange,
} from './check-ins.js';
import { placeCheckIns } from './placement.js';
import type { CheckIn } from './types.js';

const checkIn = (
  id: string,
  at: string,
  averagePain: number,
  activities: [string, number][],
): CheckIn => ({
  id,
  at,
  averagePain,
  activities: activities.map(([name, score]) => ({ name, score })),
});

// Given out of order: the first by date is the baseline.
const fixture = [
  checkIn('c3', '2024-01-15', 5, [
    ['Walking', 6],
    ['Sitting at work', 3],
  ]),
  checkIn('c1', '2024-01-01', 7, [
    ['Walking', 3],
    ['Sitting at work', 4],
    ['Lifting', 2],
  ]),
  checkIn('c2', '2024-01-08', 6, [
    ['walking ', 4],
    ['Sitting at work', 4],
    ['Gardening', 5],
  ]),
];
const progress = checkInProgress(placeCheckIns(fixture, 0).placed);

describe('weekly check-ins compared with the first and the last', () => {
  it('takes the earliest check-in as the baseline, with nothing to compare', () => {
    expect(progress.map((entry) => [entry.id, entry.week, entry.isBaseline])).toEqual([
      ['c1', '2024-W01', true],
      ['c2', '2024-W02', false],
      ['c3', '2024-W03', false],
    ]);
    expect(progress[0]).toMatchObject({ painVsBaseline: null, painVsPrevious: null });
    expect(
      progress[0]?.activities.every((a) => a.vsBaseline === null && a.vsPrevious === null),
    ).toBe(true);
  });

  it('calls a 1-point (14%) drop in pain small', () => {
    // 7 -> 6: -1 point, -1/7 = -14.3%: under both 2 points and 30%.
    expect(progress[1]?.painVsBaseline).toMatchObject({
      difference: -1,
      direction: 'better',
      meaningful: false,
      source: PAIN_CHANGE_SOURCE,
      label:
        'Average pain is 1 point lower than at your first check-in (14% lower): a small change.',
    });
    expect(progress[1]?.painVsBaseline?.percent).toBeCloseTo(-100 / 7, 12);
  });

  it('calls a 2-point drop in pain meaningful, citing Farrar et al. 2001', () => {
    // 7 -> 5: -2 points (-28.6%): meaningful by the 2-point rule.
    expect(progress[2]?.painVsBaseline).toMatchObject({
      difference: -2,
      meaningful: true,
      label:
        'Average pain is 2 points lower than at your first check-in (29% lower): a meaningful change.',
    });
    // 6 -> 5 since the last check-in: -1 point, -16.7%: small.
    expect(progress[2]?.painVsPrevious).toMatchObject({ difference: -1, meaningful: false });
    expect(PAIN_CHANGE_SOURCE).toBe(
      'Farrar JT et al. 2001, Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale, Pain 94(2):149-158',
    );
  });

  it('compares activities by name, whatever the case or spacing, where higher is better', () => {
    const [walking2, , gardening] = progress[1]?.activities ?? [];
    // Walking 3 -> 4: one point better, small.
    expect(walking2?.vsBaseline).toMatchObject({
      from: 3,
      to: 4,
      difference: 1,
      direction: 'better',
      meaningful: false,
    });
    // Gardening was not rated before: nothing to compare.
    expect(gardening).toMatchObject({ name: 'Gardening', vsBaseline: null, vsPrevious: null });
    const [walking3, sitting3] = progress[2]?.activities ?? [];
    // Walking 3 -> 6 since the start (+3) is meaningful for one activity; 4 -> 6 since last
    // time (+2) is not: one activity needs 3 points (Horn et al. 2012).
    expect(walking3?.vsBaseline).toMatchObject({
      difference: 3,
      meaningful: true,
      source: ACTIVITY_CHANGE_SOURCE,
      label: 'Walking: 3 points better than at your first check-in: a meaningful change.',
    });
    expect(walking3?.vsPrevious).toMatchObject({ difference: 2, meaningful: false });
    // Sitting 4 -> 3: worse by one point, small.
    expect(sitting3?.vsBaseline).toMatchObject({
      direction: 'worse',
      meaningful: false,
      label: 'Sitting at work: 1 point worse than at your first check-in: a small change.',
    });
  });
});

describe('when a change in pain counts as meaningful', () => {
  it('counts 30% even when under 2 points, but only from a baseline of 4', () => {
    // 4 -> 2.8 is 1.2 points but 30% lower.
    expect(painChange(4, 2.8, 'first')).toMatchObject({ meaningful: true, direction: 'better' });
    // 2 -> 1 is 50% lower but one point at a low start: not meaningful (issue 12).
    expect(painChange(2, 1, 'first').meaningful).toBe(false);
    // 3 -> 2 is 33% lower, still below a baseline of 4.
    expect(painChange(3, 2, 'first').meaningful).toBe(false);
    expect(painChange(3, 1, 'first').meaningful).toBe(true);
    // 10 -> 7 is exactly 30%.
    expect(painChange(10, 7, 'first').meaningful).toBe(true);
    // 10 -> 9 is 1 point and 10%.
    expect(painChange(10, 9, 'first').meaningful).toBe(false);
  });

  it('flags a rise of the same size as a meaningful change for the worse', () => {
    expect(painChange(4, 6, 'last')).toMatchObject({
      meaningful: true,
      direction: 'worse',
      label:
        'Average pain is 2 points higher than at your last check-in (50% higher): a meaningful change.',
    });
  });

  it('has no percentage from a pain of 0, and no change means nothing to flag', () => {
    expect(painChange(0, 1, 'first')).toMatchObject({ percent: null, meaningful: false });
    expect(painChange(0, 2, 'first')).toMatchObject({ percent: null, meaningful: true });
    expect(painChange(5, 5, 'first')).toMatchObject({
      direction: 'same',
      meaningful: false,
      label: 'Average pain is the same as at your first check-in.',
    });
  });

  it('counts decimal averages right at the 2-point line', () => {
    // In floating point 7.7 - 9.7 is -1.9999999999999991 and 4.1 - 2.1 is 1.9999999999999996.
    expect(painChange(9.7, 7.7, 'first').meaningful).toBe(true);
    expect(activityChange('Walking', 2.1, 5.1, 'first').meaningful).toBe(true);
    expect(activityChange('Walking', 5, 2, 'first')).toMatchObject({
      direction: 'worse',
      meaningful: true,
    });
    expect(activityChange('Walking', 4, 2, 'first').meaningful).toBe(false);
  });
});

describe('the PSFS mean score', () => {
  const scores = (entries: [string, number][]) => new Map(entries);

  it('is meaningful from 2 points, over the activities rated both times', () => {
    const change = activityMeanChange(
      scores([
        ['walking', 2],
        ['sitting', 4],
      ]),
      scores([
        ['walking', 4],
        ['sitting', 6],
        ['gardening', 0],
      ]),
    );
    // Gardening is new: it does not pull the mean down.
    expect(change).toMatchObject({
      from: 3,
      to: 5,
      difference: 2,
      activities: 2,
      direction: 'better',
      meaningful: true,
      source: ACTIVITY_CHANGE_SOURCE,
    });
    const small = activityMeanChange(scores([['walking', 2.1]]), scores([['walking', 3.9]]));
    expect(small?.meaningful).toBe(false);
    expect(activityMeanChange(scores([['walking', 2]]), scores([['sitting', 5]]))).toBeNull();
  });

  it('is given for each check-in, against the first and the last', () => {
    const [first, second, third] = progress;
    expect(first).toMatchObject({ activityMeanVsBaseline: null, activityMeanVsPrevious: null });
    expect(first?.activityMean).not.toBeNull();
    expect(second?.activityMeanVsBaseline?.activities).toBeGreaterThan(0);
    expect(third?.activityMeanVsPrevious).not.toBeNull();
  });
});

describe('check-ins that cannot be read', () => {
  it('are set aside with a reason instead of skewing the baseline', () => {
    const { placed, ignored } = placeCheckIns(
      [
        checkIn('bad-date', 'soon', 5, []),
        checkIn('too-many', '2024-01-01', 5, [
          ['a', 1],
          ['b', 2],
          ['c', 3],
          ['d', 4],
        ]),
        checkIn('pain-11', '2024-01-01', 11, []),
        checkIn('score-12', '2024-01-01', 4, [['a', 12]]),
        checkIn('fine', '2024-01-02', 4, [['a', 2]]),
        checkIn('fine', '2024-01-03', 4, []),
      ],
      0,
    );
    expect(placed.map((item) => item.checkIn.id)).toEqual(['fine']);
    expect(ignored.map((entry) => [entry.id, entry.reason])).toEqual([
      ['bad-date', 'bad-date'],
      ['too-many', 'too-many-activities'],
      ['pain-11', 'pain-out-of-range'],
      ['score-12', 'score-out-of-range'],
      ['fine', 'duplicate-id'],
    ]);
  });
});
