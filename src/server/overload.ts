// Under more load than the machine can serve, answer 503 with Retry-After at once instead of
// letting every answer grow slow (@fastify/under-pressure, on event-loop delay and heap, and a
// heartbeat for bursts). The health check is still answered, so a proxy does not take a busy
// server for a dead one.
import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { App } from './app-types.js';
import { ApiError } from './errors.js';

export interface OverloadLimits {
  /** Mean event-loop delay over one sample beyond which requests are shed; 0 turns it off. */
  readonly maxEventLoopDelayMs: number;
  readonly sampleIntervalMs: number;
  /** Requests being answered at once beyond which more are shed (with the heartbeat). */
  readonly maxInFlight?: number;
}

export const defaultOverloadLimits: OverloadLimits = {
  maxEventLoopDelayMs: 500,
  sampleIntervalMs: 1000,
  maxInFlight: 64,
};

export const RETRY_AFTER_SECONDS = 2;

const isHealthCheck = (url: string) => url === '/api/health' || url.startsWith('/api/health?');

const busy = () =>
  new ApiError('service_unavailable', 'The server is busy. Please try again in a moment.', {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });

/**
 * under-pressure looks at the mean delay of the last sample, so a burst of a thousand requests
 * read in one turn of the loop all pass a calm sample and then run one after another for
 * seconds. A heartbeat notes every 10 ms that the loop came round. Once the loop has not come
 * round for longer than the limit, and requests have already started in that stretch, the
 * next ones are shed at once; the first request after a lone pause (a GC) still runs
 * (measured at 1,000 connections: bench/report.overload.md).
 */
function shedBursts(app: App, limitMs: number, maxInFlight: number): void {
  let lastBeat = performance.now();
  let startedSinceBeat = 0;
  // Writes wait on the database without stalling the loop: a cap on requests in flight keeps
  // that queue short too.
  let inFlight = 0;
  const heartbeat = setInterval(() => {
    lastBeat = performance.now();
    startedSinceBeat = 0;
  }, 10);
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));
  app.addHook('onRequest', async (request, reply) => {
    if (isHealthCheck(request.url)) return;
    if (
      inFlight >= maxInFlight ||
      (startedSinceBeat > 0 && performance.now() - lastBeat > limitMs)
    ) {
      request.log.warn({ event: 'overload_shed' }, 'security: request shed under load');
      throw busy();
    }
    startedSinceBeat++;
    inFlight++;
    // 'close' comes once, whether the answer was sent or the client went away.
    reply.raw.once('close', () => {
      inFlight--;
    });
  });
}

export async function shedOverload(app: App, limits: OverloadLimits): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    sampleInterval: limits.sampleIntervalMs,
    // Shed before the heap is full, not when the process is already dying.
    maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
    // A rejected promise goes to the error handler: the error shape, 503 and Retry-After.
    pressureHandler: async (request) => {
      if (isHealthCheck(request.url)) return;
      request.log.warn({ event: 'overload_shed' }, 'security: request shed under load');
      throw busy();
    },
  });
  if (limits.maxEventLoopDelayMs > 0)
    shedBursts(app, limits.maxEventLoopDelayMs, limits.maxInFlight ?? Number.POSITIVE_INFINITY);
}
