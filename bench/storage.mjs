// Session-log writes through Unknot's repository against a plain insert of the same row
// through the same driver and connection, on PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../dist/db/connect.js';
import { migrateToLatest } from '../dist/db/migrate.js';
import { sessionLogStore } from '../dist/db/repositories/session-logs.js';
import { createUser } from '../dist/db/repositories/users.js';
import { median } from './load.mjs';
import { sessionLog } from './session-data.mjs';

const perBlock = Number(process.env.BENCH_WRITES ?? 300);

function plainRow(userId, log, now) {
  return {
    user_id: userId,
    id: log.id,
    plan_id: null,
    started_at_ms: log.startedAt,
    ended_at_ms: log.endedAt,
    pain_before: log.painBefore,
    pain_after: log.painAfter,
    plan: JSON.stringify(log.plan),
    points: JSON.stringify(log.points),
    events: JSON.stringify(log.events),
    updated_at: now,
  };
}

async function timed(count, write) {
  const began = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await write(i);
  return count / (Number(process.hrtime.bigint() - began) / 1e9);
}

/** Writes per second, repository and plain insert, alternating blocks; medians of 3. */
export async function sessionLogWrites(target) {
  const handle = await openDatabase(target);
  try {
    await migrateToLatest(handle.db);
    const now = new Date();
    const user = await createUser(handle.db, {
      email: `bench-${randomUUID()}@example.org`,
      passwordHash: 'not-a-real-hash',
      now,
    });
    if (!user.ok) throw new Error(user.message);
    const userId = user.value.id;
    let day = 0;
    const repository = [];
    const plain = [];
    for (let block = 0; block < 3; block++) {
      plain.push(
        await timed(perBlock, () =>
          handle.db
            .insertInto('session_logs')
            .values(plainRow(userId, sessionLog(day++), now))
            .execute(),
        ),
      );
      repository.push(
        await timed(perBlock, () =>
          sessionLogStore.save(handle.db, userId, [sessionLog(day++)], now),
        ),
      );
    }
    const r = median(repository);
    const p = median(plain);
    return { repositoryPerSecond: r, plainPerSecond: p, ratio: r / p, writesPerBlock: perBlock };
  } finally {
    await handle.close();
  }
}
