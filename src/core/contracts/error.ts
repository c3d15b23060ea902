// The one error shape every endpoint answers with, shared by server and web client.
import { z } from 'zod';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Machine-readable error code, such as unknown_region'),
    message: z.string().describe('A plain sentence for people'),
    details: z.unknown().optional().describe('What exactly was wrong, such as the field'),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
