import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CheckInRecord,
  PainMapRecord,
  PlanRecord,
  SafetyScreenRecord,
  SessionLogRecord,
} from '../../core/contracts/records.js';
import type { DatabaseHandle } from '../connect.js';
import { testDatabases } from '../test-databases.js';
import type { PageMark, RecordStore } from './record-store.js';
import { deleteReminders, findReminders, saveReminders } from './reminder-settings.js';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from './sample-records.js';
import { sessionLogSummaries } from './session-logs.js';
import { recordStores } from './stores.js';
import { createUser, deleteUser } from './users.js';

const t0 = new Date('2024-04-01T10:00:00Z');
const t1 = new Date('2024-04-02T10:00:00Z');

// Every store gets the same checks: the samples below are valid against their contract.
const kinds = [
  { key: 'painMaps', make: samplePainMap, schema: PainMapRecord },
  { key: 'safetyScreens', make: sampleSafetyScreen, schema: SafetyScreenRecord },
  { key: 'plans', make: samplePlan, schema: PlanRecord },
  { key: 'sessionLogs', make: sampleSessionLog, schema: SessionLogRecord },
  { key: 'checkIns', make: sampleCheckIn, schema: CheckInRecord },
] as const;

type AnyRecord = { readonly id: string };

describe.each(testDatabases())('record repositories on $kind', (target) => {
  let handle: DatabaseHandle;
  let ana: string;
  let ben: string;
  beforeAll(async () => {
    handle = await target.openMigrated();
    const a = await createUser(handle.db, { email: 'ana@example.org', passwordHash: 'h', now: t0 });
    const b = await createUser(handle.db, { email: 'ben@example.org', passwordHash: 'h', now: t0 });
    if (!a.ok || !b.ok) throw new Error('users');
    ana = a.value.id;
    ben = b.value.id;
  });
  afterAll(async () => {
    await handle.close();
  });

  describe.each(kinds)('$key', ({ key, make, schema }) => {
    const store = () => recordStores[key] as unknown as RecordStore<AnyRecord>;
    const records = Array.from({ length: 7 }, (_, i) => make(i + 1) as AnyRecord);

    it('holds samples that pass the contract', () => {
      for (const record of records) expect(schema.safeParse(record).error).toBeUndefined();
    });

    it('saves records once: sending them again creates nothing and changes nothing', async () => {
      expect(await store().save(handle.db, ana, records, t0)).toEqual({
        created: 7,
        updated: 0,
        unchanged: 0,
      });
      expect(await store().save(handle.db, ana, records, t1)).toEqual({
        created: 0,
        updated: 0,
        unchanged: 7,
      });
      expect(await store().all(handle.db, ana)).toHaveLength(7);
    });

    it('gives each record back exactly as it was sent', async () => {
      for (const record of records) {
        expect(await store().get(handle.db, ana, record.id)).toEqual(record);
      }
      // An id in upper case names the same record.
      expect(await store().get(handle.db, ana, records[0]!.id.toUpperCase())).toEqual(records[0]);
    });

    it('replaces a record sent again with changes', async () => {
      const changed = make(100) as AnyRecord;
      const replacement = { ...changed, id: records[2]!.id };
      expect(await store().save(handle.db, ana, [replacement], t1)).toEqual({
        created: 0,
        updated: 1,
        unchanged: 0,
      });
      expect(await store().get(handle.db, ana, records[2]!.id)).toEqual(replacement);
      await store().save(handle.db, ana, [records[2]!], t1);
    });

    it('never shows one person the records of another, even under the same id', async () => {
      expect(await store().get(handle.db, ben, records[0]!.id)).toBeNull();
      expect((await store().list(handle.db, ben, { limit: 50, after: null })).items).toEqual([]);
      expect(await store().remove(handle.db, ben, records[0]!.id)).toBe(false);
      // Ben may hold a record with the same id; it is his own and leaves Ana's alone.
      const bens = { ...(make(200) as AnyRecord), id: records[0]!.id };
      expect(await store().save(handle.db, ben, [bens], t0)).toEqual({
        created: 1,
        updated: 0,
        unchanged: 0,
      });
      expect(await store().get(handle.db, ana, records[0]!.id)).toEqual(records[0]);
      expect(await store().get(handle.db, ben, records[0]!.id)).toEqual(bens);
    });

    it('lists newest first, a page at a time, each record once', async () => {
      const seen: string[] = [];
      let after: PageMark | null = null;
      let pages = 0;
      do {
        const page: { items: readonly AnyRecord[]; next: PageMark | null } = await store().list(
          handle.db,
          ana,
          { limit: 3, after },
        );
        seen.push(...page.items.map((r) => r.id));
        after = page.next;
        pages++;
      } while (after && pages < 10);
      expect(pages).toBe(3);
      expect([...seen].sort()).toEqual(records.map((r) => r.id).sort());
      const all = await store().all(handle.db, ana);
      expect(seen).toEqual(all.map((r) => r.id).reverse());
    });

    it('removes one record of its owner', async () => {
      expect(await store().remove(handle.db, ana, records[6]!.id)).toBe(true);
      expect(await store().get(handle.db, ana, records[6]!.id)).toBeNull();
      expect(await store().remove(handle.db, ana, records[6]!.id)).toBe(false);
    });
  });

  it('reads session summaries for progress without their events, oldest first', async () => {
    const summaries = await sessionLogSummaries(handle.db, ana);
    expect(summaries.map((s) => s.id)).toEqual(
      (await recordStores.sessionLogs.all(handle.db, ana)).map((s) => s.id),
    );
    const first = sampleSessionLog(1);
    expect(summaries[0]).toEqual({
      id: first.id,
      startedAt: first.startedAt,
      painBefore: first.painBefore,
      painAfter: first.painAfter,
      points: first.points,
    });
  });

  it('keeps a harm report with its session, and its bringing back, as changes', async () => {
    const session = { ...sampleSessionLog(40), id: '6a1d0000-0000-4000-8000-000000000040' };
    await recordStores.sessionLogs.save(handle.db, ben, [session], t0);
    const harm = {
      reportedAt: session.startedAt + 700_000,
      because: 'pain-worse' as const,
      step: {
        id: 'glute-overlap-point-left',
        triggerPoint: 'glute-overlap-point-left',
        title: 'Buttock point',
      },
      what: 'A sharp pain when I pressed',
      where: 'Left buttock',
      howBad: 7,
      stillNow: true,
      broughtBackAt: null,
    };
    const reported = { ...session, harm };
    expect(await recordStores.sessionLogs.save(handle.db, ben, [reported], t1)).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await recordStores.sessionLogs.get(handle.db, ben, session.id)).toEqual(reported);
    const back = { ...reported, harm: { ...harm, broughtBackAt: harm.reportedAt + 1 } };
    expect(await recordStores.sessionLogs.save(handle.db, ben, [back], t1)).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect((await recordStores.sessionLogs.get(handle.db, ben, session.id))?.harm).toEqual(
      back.harm,
    );
    expect(await recordStores.sessionLogs.remove(handle.db, ben, session.id)).toBe(true);
  });

  it('keeps one set of reminder settings per person, dated by their last change', async () => {
    expect(await findReminders(handle.db, ana)).toBeNull();
    const settings = {
      days: ['MO' as const, 'TH' as const],
      time: '07:30',
      timeZone: 'Europe/Paris',
    };
    await saveReminders(handle.db, ana, settings, t0);
    await saveReminders(handle.db, ana, settings, t1);
    expect(await findReminders(handle.db, ana)).toEqual({ settings, updatedAt: t0 });
    await saveReminders(handle.db, ana, { ...settings, time: '08:00' }, t1);
    expect(await findReminders(handle.db, ana)).toEqual({
      settings: { ...settings, time: '08:00' },
      updatedAt: t1,
    });
    expect(await findReminders(handle.db, ben)).toBeNull();
    expect(await deleteReminders(handle.db, ben)).toBe(false);
    expect(await deleteReminders(handle.db, ana)).toBe(true);
    expect(await findReminders(handle.db, ana)).toBeNull();
  });

  it('deletes every record with the account', async () => {
    await saveReminders(handle.db, ben, { days: ['SU'], time: '20:00', timeZone: 'UTC' }, t0);
    await deleteUser(handle.db, ben);
    for (const { key } of kinds) {
      expect(
        await (recordStores[key] as unknown as RecordStore<AnyRecord>).all(handle.db, ben),
      ).toEqual([]);
    }
    expect(await findReminders(handle.db, ben)).toBeNull();
  });
});
