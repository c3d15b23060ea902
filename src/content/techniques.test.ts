import { describe, expect, it } from 'vitest';
import { handTools, placeIds, toolIds } from '../core/spec/index.js';
import { TechniqueSchema } from './schema.js';
import { type TechniqueEntry, techniques, techniquesFor } from './techniques.js';
import { findTriggerPoint, triggerPoints } from './trigger-points.js';

const hands = new Set<string>(handTools);
const articleSteps = [1, 2, 3] as const;

describe('techniques', () => {
  it('each validates against the technique schema', () => {
    for (const technique of techniques)
      expect(TechniqueSchema.parse(technique), technique.id).toEqual(technique);
  });

  it('name a trigger point that exists, and treat it', () => {
    for (const technique of techniques) {
      expect(findTriggerPoint(technique.triggerPoint), technique.id).toBeDefined();
      expect(technique.treats as readonly string[]).toContain(technique.triggerPoint);
      for (const id of technique.treats) expect(findTriggerPoint(id), id).toBeDefined();
    }
  });

  it('treat both sides of every point they treat', () => {
    for (const technique of techniques) {
      const treats = new Set<string>(technique.treats);
      for (const id of treats)
        expect(
          treats.has(id.replace(/-(left|right)$/, (_, s) => (s === 'left' ? '-right' : '-left'))),
        ).toBe(true);
    }
  });

  it('use only tool and place ids from the contract', () => {
    for (const technique of techniques) {
      for (const tool of technique.tools) expect(toolIds).toContain(tool);
      for (const place of technique.places) expect(placeIds).toContain(place);
    }
  });

  it('offer in public only methods that need nothing but the hands', () => {
    for (const technique of techniques.filter((t) =>
      (t.places as readonly string[]).includes('public'),
    ))
      expect(
        technique.tools.every((tool) => hands.has(tool)),
        technique.id,
      ).toBe(true);
  });

  it('give a person in public a hands-only method for every point of every article step', () => {
    for (const point of triggerPoints.filter((p) => p.step !== null)) {
      const inPublic = techniquesFor(point.id).filter((t) =>
        (t.places as readonly string[]).includes('public'),
      );
      expect(inPublic.length, point.id).toBeGreaterThan(0);
    }
  });

  it('give a person with a wall but no floor a method for every article step', () => {
    for (const step of articleSteps) {
      const points = triggerPoints.filter((p) => p.step === step);
      for (const point of points) {
        const onWall = techniquesFor(point.id).filter((t) =>
          (t.places as readonly string[]).includes('wall'),
        );
        expect(onWall.length, point.id).toBeGreaterThan(0);
      }
    }
  });

  it("use the article's 10-second dose, 3 to 4 times, with a 30 to 90 second option", () => {
    for (const technique of techniques) {
      expect(technique.dose.seconds).toBe(10);
      expect(technique.dose.reps).toEqual({ min: 3, max: 4 });
      expect(technique.dose.longerHold.seconds).toEqual([30, 90]);
      expect(technique.dose.longerHold.sources.length).toBeGreaterThan(0);
    }
  });

  it('ask for a side switch only when they work one side at a time', () => {
    for (const technique of techniques) {
      const oneSideAtATime = technique.steps.some((step) => /other side|swap hands/.test(step));
      expect('switchSide' in technique.cues, technique.id).toBe(oneSideAtATime);
    }
  });

  it('suit smaller people to racquet balls and larger people to a small dumbbell', () => {
    const byId = new Map<string, TechniqueEntry>(techniques.map((t) => [t.id, t]));
    expect(byId.get('multifidus-small-ball-roll')?.bodySize).toEqual(['small']);
    expect(byId.get('multifidus-dumbbell')?.bodySize).toEqual(['large']);
  });

  it('cover every method of the article', () => {
    const covered = new Set<string>(techniques.flatMap((t) => t.covers));
    for (const id of ['S19', 'S20', 'S21', 'S27', 'S28', 'S29', 'S30', 'S31', 'S33', 'S34'])
      expect(covered.has(id), id).toBe(true);
    for (const id of ['S38', 'S39', 'S40', 'S41', 'S42']) expect(covered.has(id), id).toBe(true);
  });

  it('exist for every point but the psoas, which is eased by gentle releases instead', () => {
    const without = triggerPoints.filter((point) => techniquesFor(point.id).length === 0);
    expect(new Set(without.map((point) => point.muscle))).toEqual(new Set(['iliopsoas']));
  });

  it('have unique ids', () => {
    expect(new Set(techniques.map((t) => t.id)).size).toBe(techniques.length);
  });
});
