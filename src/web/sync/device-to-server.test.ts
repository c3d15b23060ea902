import { describe, expect, it } from 'vitest';
import { PainMapRecord, PlanRecord, SafetyScreenRecord } from '../../core/contracts/records.js';
import { triage } from '../../core/triage/index.js';
import { correctionOf } from '../safety/earlier-answers.js';
import {
  asInstant,
  isRecordId,
  painMapForServer,
  planForServer,
  safetyScreenForServer,
} from './device-to-server.js';
import { answeredSafety, devicePlan } from './sync-fixtures.js';

const id = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';

describe('device records in the server shapes', () => {
  it('lists the marked regions of a pain map in a fixed order with their pain, dropping unknown regions', () => {
    const mapped = painMapForServer(
      {
        marks: { 'low-back-right': 3, 'made-up': 9, 'calf-left': 0 },
        updatedAt: '2024-03-04T07:55:00.000Z',
      },
      id,
    );
    expect(mapped).toEqual({
      id,
      drawnAt: '2024-03-04T07:55:00.000Z',
      regions: [
        { id: 'calf-left', intensity: 0 },
        { id: 'low-back-right', intensity: 3 },
      ],
    });
    expect(PainMapRecord.safeParse(mapped).success).toBe(true);
  });

  it('sends no pain map when nothing known is marked', () => {
    expect(
      painMapForServer({ marks: { 'made-up': 4 }, updatedAt: '2024-03-04T07:55:00Z' }, id),
    ).toBeNull();
    expect(painMapForServer({ marks: {}, updatedAt: '2024-03-04T07:55:00Z' }, id)).toBeNull();
  });

  it('keeps a safety screen whole, with its answers, result and any change reported since', () => {
    const safety = {
      ...answeredSafety('2024-03-04T07:58:00.000Z'),
      changeReportedAt: '2024-03-05T10:00:00.000Z',
    };
    const mapped = safetyScreenForServer(safety, id);
    expect(SafetyScreenRecord.parse(mapped)).toMatchObject({
      answeredAt: '2024-03-04T07:58:00.000Z',
      changeReportedAt: '2024-03-05T10:00:00.000Z',
      result: { level: safety.result.level },
    });
  });

  it('sends the note of a changed stop with the new screen, and none when there was no change', () => {
    const stopped = {
      ...answeredSafety('2024-03-04T07:58:00.000Z'),
      answers: { 'chest-pain': true },
    };
    const correction = correctionOf(
      { ...stopped, result: triage(stopped.answers) },
      'mis-tap',
      new Date('2024-03-04T08:01:00.000Z'),
    );
    const safety = { ...answeredSafety('2024-03-04T08:03:00.000Z'), correction };
    expect(SafetyScreenRecord.parse(safetyScreenForServer(safety, id)).correction).toEqual({
      kind: 'mis-tap',
      confirmedAt: '2024-03-04T08:01:00.000Z',
      earlier: { answeredAt: '2024-03-04T07:58:00.000Z', level: 'emergency', yes: ['chest-pain'] },
    });
    expect(
      safetyScreenForServer(answeredSafety('2024-03-04T08:03:00.000Z'), id),
    ).not.toHaveProperty('correction');
  });

  it('adds the weekly goal to the plan only when one is set, and sends an odd request as an empty one', () => {
    expect(PlanRecord.parse(planForServer(devicePlan('p'), id, 4)).sessionsPerWeek).toBe(4);
    expect(planForServer(devicePlan('p'), id, null)).not.toHaveProperty('sessionsPerWeek');
    const odd = planForServer({ ...devicePlan('p'), request: ['not', 'an', 'object'] }, id, null);
    expect(odd?.request).toEqual({});
  });

  it('writes times with seconds and a zone, as the server wants, and gives up on unreadable ones', () => {
    expect(asInstant('2024-03-04T07:55:00.000Z')).toBe('2024-03-04T07:55:00.000Z');
    expect(asInstant('2024-03-04T08:55:00+01:00')).toBe('2024-03-04T08:55:00+01:00');
    expect(asInstant('March 4, 2024 07:55 UTC')).toBe('2024-03-04T07:55:00.000Z');
    expect(asInstant('soon')).toBeNull();
  });

  it('knows a UUID from other ids', () => {
    expect(isRecordId(id)).toBe(true);
    expect(isRecordId('plan-e2e-1')).toBe(false);
  });
});
