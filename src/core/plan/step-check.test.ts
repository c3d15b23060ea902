import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import type { RegionId } from '../body/regions.js';
import { triage } from '../triage/triage.js';
import type { LimitId } from './precautions.js';
import { closedRegions } from './skip-areas.js';
import {
  breachWords,
  type CheckedStep,
  type StepRules,
  stepBreaches,
  stepRulesFor,
} from './step-check.js';

const rules = (limits: LimitId[], more: Partial<StepRules> = {}): StepRules => ({
  limits: new Set(limits),
  selfCareAllowed: true,
  closed: new Set(),
  areasMarked: false,
  ...more,
});

/** A step as a therapist might write it: only what the check reads. */
const point = (
  technique: string,
  triggerPoint: string,
  tools: CheckedStep['tools'],
): CheckedStep => ({
  kind: 'trigger-point',
  id: triggerPoint,
  triggerPoint,
  technique,
  tools,
  triggerPoints: [triggerPoint],
});
const move = (id: string): CheckedStep => ({
  kind: 'mobilisation',
  id,
  triggerPoint: null,
  technique: null,
  tools: [],
});
const ids = (step: CheckedStep, r: StepRules) => stepBreaches(step, r).map((b) => b.id);

const lumbarBall = point('lumbosacral-point-ball-floor', 'erector-lumbosacral-point-left', [
  'tennis-ball',
]);
const spineRoll = point('multifidus-ball-roll', 'multifidus-groove-point-left', ['two-balls-sock']);
const qlSideLying = point('ql-ball-side-lying', 'ql-middle-outer-point-left', ['tennis-ball']);
const piriformisWall = point('piriformis-ball-wall', 'piriformis-point-left', ['tennis-ball']);
const glutePoint = point('glute-point-thumbs', 'glute-overlap-point-left', ['thumbs']);

describe('the final step check, as a therapist edit would meet it', () => {
  it('passes a step that breaks nothing', () => {
    expect(stepBreaches(piriformisWall, rules([]))).toEqual([]);
  });

  it('after spine surgery refuses back-of-trunk pressure, the SI joint, a spine roll, a twist and a side bend', () => {
    const surgery = rules(['avoid-operated-area'], { areasMarked: true });
    expect(ids(lumbarBall, surgery)).toEqual(['avoid-operated-area']);
    expect(ids(spineRoll, surgery)).toEqual(['avoid-operated-area']);
    // The glute point lies over the sacroiliac joint, which counts as back of the trunk.
    expect(ids(glutePoint, surgery)).toEqual(['avoid-operated-area']);
    expect(ids(move('seated-turn'), surgery)).toEqual(['avoid-operated-area']);
    expect(ids(move('standing-side-bend'), surgery)).toEqual(['avoid-operated-area']);
    expect(ids(piriformisWall, surgery)).toEqual([]);
    expect(ids(move('piriformis-release-lying'), surgery)).toEqual([]);
  });

  it('refuses every pressure step while a site precaution waits for its areas, but not a movement', () => {
    for (const limit of ['skip-marked-area', 'avoid-operated-area'] as const) {
      expect(ids(piriformisWall, rules([limit]))).toEqual([limit]);
      expect(ids(move('psoas-bolster-release'), rules([limit]))).toContain(limit);
    }
    expect(ids(move('standing-hip-flexor-stretch'), rules(['skip-marked-area']))).toEqual([]);
  });

  it('refuses a step on or next to a marked area', () => {
    const marked = rules(['skip-marked-area'], {
      areasMarked: true,
      closed: closedRegions(['mid-back-left' as RegionId]),
    });
    expect(
      ids(
        point('floating-rib-point-ball-wall', 'erector-floating-rib-point-left', ['tennis-ball']),
        marked,
      ),
    ).toEqual(['skip-marked-area']);
    expect(ids(piriformisWall, marked)).toEqual([]);
  });

  it('refuses body weight on a ball with fragile bones, pain of 8 or more, or blood thinners', () => {
    for (const limit of ['fragile-bones', 'start-gentle', 'gentle-pressure'] as const) {
      expect(ids(lumbarBall, rules([limit]))).toEqual([limit]);
    }
    expect(
      ids(
        point('piriformis-ball-wall', 'piriformis-point-left', ['lacrosse-ball']),
        rules(['gentle-pressure']),
      ),
    ).toEqual(['gentle-pressure']);
  });

  it('in pregnancy refuses lying flat, belly pressure and a ball at the waist (QL side-lying)', () => {
    expect(ids(qlSideLying, rules(['pregnancy']))).toEqual(['pregnancy']);
    expect(ids(lumbarBall, rules(['pregnancy']))).toEqual(['pregnancy']);
    expect(ids(move('pelvic-tilt'), rules(['pregnancy']))).toEqual(['pregnancy']);
    expect(ids(move('psoas-rest-release'), rules(['pregnancy']))).toEqual(['pregnancy']);
    expect(
      ids(
        point('ql-ball-wall', 'ql-middle-outer-point-left', ['tennis-ball']),
        rules(['pregnancy']),
      ),
    ).toEqual([]);
  });

  it('refuses everything while self-care is stopped, and names what it does not know', () => {
    expect(ids(piriformisWall, rules([], { selfCareAllowed: false }))).toEqual(['stop']);
    expect(ids(point('made-up', 'piriformis-point-left', ['thumbs']), rules([]))).toEqual([
      'unknown-entry',
    ]);
    expect(ids(move('cartwheel'), rules([]))).toEqual(['unknown-entry']);
  });

  it("builds the rules from a stored screen, as a therapist's plan editor would", () => {
    const answers = { age: 72, 'recent-spine-surgery': true, 'pain-now': 9 };
    const screen = triage(answers);
    const unmarked = stepRulesFor({ answers, screen });
    expect([...unmarked.limits].sort()).toEqual([
      'avoid-operated-area',
      'fragile-bones',
      'start-gentle',
    ]);
    expect(ids(piriformisWall, unmarked)).toEqual(['avoid-operated-area']);
    const marked = stepRulesFor({ answers, screen, skipRegions: ['lumbar-spine' as RegionId] });
    expect(ids(piriformisWall, marked)).toEqual([]);
    expect(
      ids(point('piriformis-ball-floor', 'piriformis-point-left', ['tennis-ball']), marked),
    ).toEqual(['fragile-bones', 'start-gentle']);
    const stopped = triage({ 'bladder-change': true });
    expect(ids(piriformisWall, stepRulesFor({ answers: {}, screen: stopped }))).toEqual(['stop']);
  });

  it('says each refusal in plain words', () => {
    for (const [id, text] of Object.entries(breachWords)) {
      expect(fleschKincaidGrade(text), id).toBeLessThan(8.05);
    }
  });
});
