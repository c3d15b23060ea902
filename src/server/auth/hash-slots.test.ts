import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.js';
import { HASH_QUEUE, HASH_SLOTS, inHashSlot } from './hash-slots.js';

describe('bounded password hashing', () => {
  it(`runs at most ${HASH_SLOTS} at once, queues ${HASH_QUEUE}, and refuses the rest with 503`, async () => {
    let running = 0;
    let most = 0;
    const work = () =>
      inHashSlot(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running--;
        return 'done';
      });
    const results = await Promise.allSettled(
      Array.from({ length: HASH_SLOTS + HASH_QUEUE + 10 }, work),
    );
    expect(most).toBe(HASH_SLOTS);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(10);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(ApiError);
    expect(reason).toMatchObject({
      code: 'service_unavailable',
      details: { retryAfterSeconds: 5 },
    });
    // Afterwards there is room again.
    await expect(work()).resolves.toBe('done');
  });
});
