// The one error shape every endpoint answers with, shared by server and web client.
import { z } from 'zod';

/** One problem with the input, as every validation 400 lists them in details.issues. */
export const ValidationIssueSchema = z.object({
  path: z.string().describe('Where, as in code: regions[2].intensity; empty for the whole body'),
  code: z.string().describe('unknown_region, unknown_question, invalid_answer, or the check'),
  message: z.string().describe('What is wrong, in plain words'),
});

export const ErrorDetails = z
  .looseObject({
    issues: z
      .array(ValidationIssueSchema)
      .optional()
      .describe('Every problem with the input; set on every validation 400'),
    reason: z.string().optional().describe('weak_password: which rule the password broke'),
    retryAfterSeconds: z.number().optional().describe('rate_limited: when to try again'),
  })
  .describe('What exactly was wrong');
export type ErrorDetails = z.infer<typeof ErrorDetails>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Machine-readable error code, such as unknown_region'),
    message: z.string().describe('A plain sentence for people'),
    details: ErrorDetails.optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
