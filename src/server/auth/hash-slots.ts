// Password hashing is deliberately slow (argon2id, about 19 MiB and tens of milliseconds each).
// At most HASH_SLOTS run at once and at most HASH_QUEUE wait; past that a sign-up or sign-in
// gets 503 with Retry-After, so a flood of them cannot take the CPU from everyone else.
import { availableParallelism } from 'node:os';
import { ApiError } from '../errors.js';

export const HASH_SLOTS = Math.max(1, Math.min(4, availableParallelism() - 1));
export const HASH_QUEUE = 64;

let running = 0;
const waiting: Array<() => void> = [];

export async function inHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_SLOTS) {
    if (waiting.length >= HASH_QUEUE) {
      throw new ApiError(
        'service_unavailable',
        'The server is busy checking passwords. Please try again in a few seconds.',
        { retryAfterSeconds: 5 },
      );
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}
