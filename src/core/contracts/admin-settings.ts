// The administrator's server settings (who may sign up) and making an account by hand.
import { z } from 'zod';
import { Email } from './account.js';

export const signUpModes = ['open', 'invite', 'closed'] as const;

export const SignUpMode = z
  .enum(signUpModes)
  .describe('open: anyone; invite: by invitation; closed: the administrator makes accounts');
export type SignUpMode = z.infer<typeof SignUpMode>;

export const AdminSettings = z.object({
  signups: z.object({
    mode: SignUpMode,
    from: z.enum(['environment', 'administrator']).describe('Where the mode in force comes from'),
    environment: SignUpMode.describe(
      'What SIGNUPS says (used when the administrator chose nothing)',
    ),
  }),
});
export type AdminSettings = z.infer<typeof AdminSettings>;

export const AdminSettingsChange = z.strictObject({ signups: SignUpMode });
export type AdminSettingsChange = z.infer<typeof AdminSettingsChange>;

export const NewAccountRequest = z.strictObject({ email: Email, password: z.string().max(1000) });
export type NewAccountRequest = z.infer<typeof NewAccountRequest>;
