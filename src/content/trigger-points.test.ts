import { describe, expect, it } from 'vitest';
import { specMuscles, specRegions } from '../core/spec/index.js';
import { TriggerPointSchema } from './schema.js';
import { findTriggerPoint, pairOf, referralCaveat, triggerPoints } from './trigger-points.js';

const regionIds = new Set(specRegions.map((region) => region.id));
const mirror = (id: string) =>
  id
    .replace(/-left$/, '-LEFT')
    .replace(/-right$/, '-left')
    .replace(/-LEFT$/, '-right');
const pointRegions = (point: (typeof triggerPoints)[number]) => [
  ...point.over,
  ...point.referral.essential,
  ...point.referral.spillover,
];

describe('trigger points', () => {
  it('each validates against the trigger point schema', () => {
    for (const point of triggerPoints) expect(TriggerPointSchema.parse(point)).toEqual(point);
  });

  it('name only body-map regions and muscles that the spec defines', () => {
    const muscles = new Set(specMuscles.map((muscle) => muscle.id));
    for (const point of triggerPoints) {
      expect(muscles.has(point.muscle), point.id).toBe(true);
      for (const region of pointRegions(point)) expect(regionIds.has(region), region).toBe(true);
    }
  });

  it('refer only to their own side or the midline', () => {
    for (const point of triggerPoints) {
      const other = point.side === 'left' ? '-right' : '-left';
      for (const region of pointRegions(point)) expect(region.endsWith(other), region).toBe(false);
    }
  });

  it('come in left and right pairs that mirror each other exactly', () => {
    for (const point of triggerPoints.filter((p) => p.side === 'left')) {
      const right = findTriggerPoint(mirror(point.id));
      expect(right, point.id).toBeDefined();
      expect(right?.over).toEqual(point.over.map(mirror));
      expect(right?.referral.essential).toEqual(point.referral.essential.map(mirror));
      expect(right?.referral.spillover).toEqual(point.referral.spillover.map(mirror));
      expect({ ...right, id: '', name: '', side: '', over: [], referral: {} }).toEqual({
        ...point,
        id: '',
        name: '',
        side: '',
        over: [],
        referral: {},
      });
    }
    expect(triggerPoints.filter((p) => p.side === 'right')).toHaveLength(triggerPoints.length / 2);
  });

  it('have unique ids', () => {
    expect(new Set(triggerPoints.map((point) => point.id)).size).toBe(triggerPoints.length);
  });

  it('warn in every text that referral maps vary and are not a diagnosis (S15)', () => {
    for (const point of triggerPoints) expect(point.text).toContain(referralCaveat);
  });

  it('hold every point the issue asks for, with the article step', () => {
    const steps = new Map<string, number | null>(
      triggerPoints.map((point) => [point.pair, point.step]),
    );
    expect(steps.get('glute-overlap-point')).toBe(1);
    for (const pair of [
      'erector-neck-base-point',
      'erector-floating-rib-point',
      'erector-lumbosacral-point',
      'multifidus-groove-point',
    ])
      expect(steps.get(pair), pair).toBe(2);
    const ql = triggerPoints.filter((point) => point.muscle === 'quadratus-lumborum');
    expect(ql.filter((point) => point.side === 'left')).toHaveLength(6);
    expect(ql.every((point) => point.step === 3)).toBe(true);
    for (const muscle of [
      'gluteus-minimus',
      'piriformis',
      'iliopsoas',
      'serratus-posterior-inferior',
    ] as const) {
      const points = triggerPoints.filter((point) => point.muscle === muscle);
      expect(points.length, muscle).toBeGreaterThan(0);
      expect(points.every((point) => point.step === null)).toBe(true);
    }
  });

  it('explain pain across the low back above the hips and into the upper hamstring', () => {
    const glute = pairOf('glute-overlap-point')[0];
    const zones = [...(glute?.referral.essential ?? []), ...(glute?.referral.spillover ?? [])];
    expect(zones).toEqual(
      expect.arrayContaining(['low-back-left', 'iliac-crest-left', 'thigh-back-upper-left']),
    );
    const qlZones = triggerPoints
      .filter((point) => point.muscle === 'quadratus-lumborum' && point.side === 'left')
      .flatMap((point) => [...point.referral.essential, ...point.referral.spillover]);
    expect(qlZones).toEqual(
      expect.arrayContaining(['low-back-left', 'iliac-crest-left', 'thigh-back-upper-left']),
    );
  });

  it('send QL pain to the outside of the hip and the sacroiliac joint as essential zones', () => {
    const essential = triggerPoints
      .filter((point) => point.muscle === 'quadratus-lumborum' && point.side === 'right')
      .flatMap((point) => point.referral.essential);
    expect(essential).toEqual(expect.arrayContaining(['hip-side-right', 'sacroiliac-right']));
  });

  it('send the C7-T1 spine muscle point to the base of the neck', () => {
    for (const point of pairOf('erector-neck-base-point'))
      expect(point.referral.essential).toContain(`neck-base-${point.side}`);
  });

  it('let leg, groin and rib pain find a point', () => {
    const essential = new Set(
      triggerPoints.flatMap((point) => [...point.referral.essential, ...point.referral.spillover]),
    );
    for (const region of ['calf-left', 'leg-side-right', 'groin-left', 'lower-ribs-front-right'])
      expect(essential.has(region as never), region).toBe(true);
  });
});

describe('every fixed muscle', () => {
  it('has at least one point', () => {
    const without = specMuscles
      .map((muscle) => muscle.id)
      .filter((id) => !triggerPoints.some((point) => point.muscle === id));
    expect(without).toEqual([]);
  });

  it('gives the big buttock muscle the three points of Travell & Simons, referring near the base of the spine', () => {
    const maximus = triggerPoints.filter((point) => point.muscle === 'gluteus-maximus');
    expect(new Set(maximus.map((point) => point.pair))).toEqual(
      new Set([
        'gluteus-maximus-sacral-point',
        'gluteus-maximus-sit-bone-point',
        'gluteus-maximus-tailbone-point',
      ]),
    );
    const referred = new Set(
      maximus.flatMap((point) => [...point.referral.essential, ...point.referral.spillover]),
    );
    for (const region of ['sacrum', 'sacroiliac-left', 'buttock-lower-left', 'tailbone']) {
      expect(referred.has(region as never), region).toBe(true);
    }
    for (const point of maximus) {
      expect(point.sources.join(' ')).toMatch(/Gluteus maximus/);
      for (const region of pointRegions(point)) expect(regionIds.has(region), region).toBe(true);
    }
  });
});
