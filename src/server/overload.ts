// Under more load than the machine can serve, answer 503 with Retry-After at once instead of
// letting every answer grow slow (@fastify/under-pressure, on event-loop delay and heap). The
// health check is still answered, so a proxy does not take a busy server for a dead one.
import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { App } from './app-types.js';
import { ApiError } from './errors.js';

export interface OverloadLimits {
  /** Mean event-loop delay over one sample beyond which requests are shed; 0 turns it off. */
  readonly maxEventLoopDelayMs: number;
  readonly sampleIntervalMs: number;
}

export const defaultOverloadLimits: OverloadLimits = {
  maxEventLoopDelayMs: 500,
  sampleIntervalMs: 1000,
};

export const RETRY_AFTER_SECONDS = 2;

export async function shedOverload(app: App, limits: OverloadLimits): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    sampleInterval: limits.sampleIntervalMs,
    // Shed before the heap is full, not when the process is already dying.
    maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
    // A rejected promise goes to the error handler: the error shape, 503 and Retry-After.
    pressureHandler: async (request) => {
      if (request.url === '/api/health' || request.url.startsWith('/api/health?')) return;
      request.log.warn({ event: 'overload_shed' }, 'security: request shed under load');
      throw new ApiError(
        'service_unavailable',
        'The server is busy. Please try again in a moment.',
        {
          retryAfterSeconds: RETRY_AFTER_SECONDS,
        },
      );
    },
  });
}
