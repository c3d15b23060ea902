import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { triage } from '../triage/triage.js';
import {
  CheckInRecord,
  PainMapRecord,
  ReminderSettings,
  refuseUnstorableText,
  SafetyScreenRecord,
  SyncRequest,
} from './records.js';

const id = '0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3';

describe('record contracts', () => {
  it('still take a safety screen stored before the answer had `when`, and one with it', () => {
    const answers = { fever: true };
    const { when: _added, ...older } = triage(answers);
    const screen = { id, answeredAt: '2024-03-04T08:00:00.000Z', answers, result: older };
    expect(SafetyScreenRecord.safeParse(screen).success).toBe(true);
    const current = { ...screen, result: triage(answers) };
    expect(SafetyScreenRecord.parse(current).result.when).toBe('same-day');
  });

  it('take a pain map of known regions, and refuse an unknown region', () => {
    const map = { id, drawnAt: '2024-03-04T08:00:00.000Z', regions: [{ id: 'low-back-left' }] };
    expect(PainMapRecord.parse(map).regions[0]?.intensity).toBe(5);
    const unknown = PainMapRecord.safeParse({ ...map, regions: [{ id: 'elbow' }] });
    expect(unknown.error?.issues[0]?.path).toEqual(['regions', 0, 'id']);
  });

  it('take a check-in on a date or at an instant with its offset, with at most three activities', () => {
    const checkIn = { id, at: '2024-03-04', averagePain: 4, activities: [] };
    expect(CheckInRecord.safeParse(checkIn).success).toBe(true);
    expect(CheckInRecord.safeParse({ ...checkIn, at: '2024-03-04T20:00:00+01:00' }).success).toBe(
      true,
    );
    // A wall time without an offset is ambiguous once it leaves the device.
    expect(CheckInRecord.safeParse({ ...checkIn, at: '2024-03-04T20:00:00' }).success).toBe(false);
    expect(CheckInRecord.safeParse({ ...checkIn, averagePain: 11 }).success).toBe(false);
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `a${i}`, score: 5 }));
    expect(CheckInRecord.safeParse({ ...checkIn, activities: four }).success).toBe(false);
  });

  it('take reminder settings with known weekday codes, 24-hour time and a real time zone', () => {
    const ok = { days: ['MO', 'FR'], time: '07:30', timeZone: 'America/Sao_Paulo' };
    expect(ReminderSettings.safeParse(ok).success).toBe(true);
    expect(ReminderSettings.safeParse({ ...ok, timeZone: 'Not/AZone' }).success).toBe(false);
    expect(ReminderSettings.safeParse({ ...ok, time: '19:60' }).success).toBe(false);
  });

  it('refuse an upload that names one record twice, in any letter case', () => {
    const map = { id, drawnAt: '2024-03-04T08:00:00Z', regions: [{ id: 'sacrum' }] };
    const twice = SyncRequest.safeParse({ painMaps: [map, { ...map, id: id.toUpperCase() }] });
    expect(twice.error?.issues[0]?.path).toEqual(['painMaps', 1, 'id']);
  });

  it('find any NUL or lone surrogate, however deep, and pass every other text', () => {
    const Storable = z.unknown().superRefine(refuseUnstorableText);
    // The oracle: a text survives UTF-8 unchanged exactly when it has no lone surrogate.
    const utf8 = { encoder: new TextEncoder(), decoder: new TextDecoder() };
    const fine = (text: string) =>
      !text.includes('\u0000') && utf8.decoder.decode(utf8.encoder.encode(text)) === text;
    const allFine = (value: unknown): boolean =>
      typeof value === 'string'
        ? fine(value)
        : Array.isArray(value)
          ? value.every(allFine)
          : typeof value === 'object' && value !== null
            ? Object.entries(value).every(([key, inner]) => fine(key) && allFine(inner))
            : true;
    const unit = fc.constantFrom('a', 'é', '🙂', '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF');
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: unit, maxDepth: 3 }), (value) => {
        expect(Storable.safeParse(value).success).toBe(allFine(value));
      }),
    );
    expect(Storable.safeParse({ a: [{ b: 'x\u0000' }] }).error?.issues[0]?.path).toEqual([
      'a',
      0,
      'b',
    ]);
    expect(Storable.safeParse({ 'k\uDC00': 1 }).success).toBe(false);
    expect(Storable.safeParse({ emoji: '🙂 fine' }).success).toBe(true);
  });
});
