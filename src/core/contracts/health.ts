// GET /api/health, written once: the contract's readiness answer.
import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string().describe('Semantic version of this Unknot'),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
