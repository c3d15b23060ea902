// Vacuums after account deletions off the request's path, one run at a time per database;
// deletions that arrive while one waits share the next run. Shutdown and tests wait for it.
import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle } from '../db/connect.js';
import { eraseDeletedRows } from '../db/erase-deleted.js';

interface Queue {
  tail: Promise<void>;
  waiting: boolean;
}
const queues = new WeakMap<DatabaseHandle, Queue>();

export function queueErase(handle: DatabaseHandle, log: FastifyBaseLogger): void {
  const queue = queues.get(handle) ?? { tail: Promise.resolve(), waiting: false };
  queues.set(handle, queue);
  if (queue.waiting) return;
  queue.waiting = true;
  queue.tail = queue.tail.then(async () => {
    queue.waiting = false;
    const began = Date.now();
    try {
      await eraseDeletedRows(handle);
      log.info({ event: 'deleted_rows_erased', ms: Date.now() - began }, 'deleted rows vacuumed');
    } catch (error) {
      log.error(
        { event: 'erase_failed', reason: (error as Error).message },
        'vacuum after an account deletion failed; autovacuum will reclaim the space later',
      );
    }
  });
}

/** Resolves when every queued vacuum for this database has run. */
export function erasesSettled(handle: DatabaseHandle): Promise<void> {
  return queues.get(handle)?.tail ?? Promise.resolve();
}
