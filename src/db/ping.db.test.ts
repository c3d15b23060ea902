import { describe, expect, it } from 'vitest';
import { databasePinger } from './ping.js';
import { testDatabases } from './test-databases.js';

describe.each(testDatabases())('the readiness ping on $kind', (target) => {
  it('reuses a success for up to its age limit, then sees that the database is gone', async () => {
    const handle = await target.open();
    let clock = 0;
    const ping = databasePinger(handle.db, { maxAgeMs: 1000, now: () => clock });
    expect(await ping()).toBe(true);
    await handle.close();
    clock = 999;
    expect(await ping()).toBe(true);
    clock = 1000;
    expect(await ping()).toBe(false);
    // A failure is never reused: the next check asks the database again (and fails again).
    clock = 1001;
    expect(await ping()).toBe(false);
  });

  it('without an age limit asks the database every time', async () => {
    const handle = await target.open();
    const ping = databasePinger(handle.db, { now: () => 0 });
    expect(await ping()).toBe(true);
    await handle.close();
    expect(await ping()).toBe(false);
  });
});
