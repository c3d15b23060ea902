// Therapists and their clients, written once for server and web: the administrator's account
// list and role change, two-factor setup, invitations, links, the client list with what needs
// attention, and the access log a person reads.
import { z } from 'zod';
import { AccountRole } from './account.js';

/** A QR code as data the web draws itself: `size` rows of `size` characters, `1` = dark. */
export const QrCode = z.object({
  size: z.number().int().positive(),
  rows: z.array(z.string().regex(/^[01]+$/)),
});
export type QrCode = z.infer<typeof QrCode>;

export const AdminAccount = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: AccountRole,
  isAdmin: z.boolean(),
  createdAt: z.string().describe('ISO 8601 instant'),
  lastSignInAt: z.string().nullable().describe('ISO 8601 instant; null before any sign-in'),
  twoFactor: z.boolean(),
});
export type AdminAccount = z.infer<typeof AdminAccount>;

export const AdminAccountList = z.object({ items: z.array(AdminAccount) });
export type AdminAccountList = z.infer<typeof AdminAccountList>;

export const SetRoleRequest = z.strictObject({ role: AccountRole });
export const AdminAccountAnswer = z.object({ account: AdminAccount });
export type AdminAccountAnswer = z.infer<typeof AdminAccountAnswer>;

export const TwoFactorSetup = z.object({
  secret: z.string().describe('Base32, to type into an authenticator app by hand'),
  otpauthUrl: z.string().describe('otpauth://totp/... for the QR code'),
  qr: QrCode,
});
export type TwoFactorSetup = z.infer<typeof TwoFactorSetup>;

export const TwoFactorConfirmRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Type the 6 digits your authenticator app shows.'),
});
export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).describe('Each works once in place of an app code'),
});
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const TwoFactorOffRequest = z.strictObject({ password: z.string().min(1).max(1000) });

export const MAX_INVITATION_DAYS = 7;

export const NewInvitationRequest = z.strictObject({
  days: z
    .number()
    .int()
    .min(1)
    .max(MAX_INVITATION_DAYS)
    .optional()
    .describe('How many days the invitation stays open; 7 when left out'),
});

export const NewInvitation = z.object({
  id: z.uuid(),
  token: z.string().describe('Shown only now; only its hash is kept'),
  url: z.string().describe('<origin>/invite/<token>, to open on the client’s device'),
  expiresAt: z.string(),
  qr: QrCode,
});
export type NewInvitation = z.infer<typeof NewInvitation>;

export const InvitationStatus = z.enum(['open', 'used', 'revoked', 'expired', 'declined']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const InvitationList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      createdAt: z.string(),
      expiresAt: z.string(),
      status: InvitationStatus,
    }),
  ),
});
export type InvitationList = z.infer<typeof InvitationList>;

export const TherapistRef = z.object({ id: z.uuid(), displayName: z.string() });
export type TherapistRef = z.infer<typeof TherapistRef>;

export const InvitationPreview = z.object({ therapist: TherapistRef, expiresAt: z.string() });
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptedInvitation = z.object({ linkId: z.uuid(), therapist: TherapistRef });
export type AcceptedInvitation = z.infer<typeof AcceptedInvitation>;

export const MyTherapists = z.object({
  items: z.array(z.object({ linkId: z.uuid(), therapist: TherapistRef, since: z.string() })),
});
export type MyTherapists = z.infer<typeof MyTherapists>;

export const AttentionCode = z.enum([
  'safety-stop',
  'no-recent-session',
  'pain-worse',
  'meaningful-change',
  // Extensions (issue 14): an assigned plan on hold, and fewer sessions than planned last week.
  'plan-on-hold',
  'behind-plan',
]);
export const Attention = z.object({ code: AttentionCode, message: z.string() });

export const ClientList = z
  .object({
    items: z.array(
      z.object({
        clientId: z.uuid(),
        displayName: z.string(),
        since: z.string(),
        needsAttention: z.array(Attention),
        // Extension: the one-line reason to look first (the most urgent message), null when all is well.
        reason: z.string().nullable().describe('The most urgent needsAttention message, or null'),
      }),
    ),
  })
  .describe('Who needs attention first: most urgent reason, then how many, then by name');
export type ClientList = z.infer<typeof ClientList>;

export const ClientSummary = z.object({
  clientId: z.uuid(),
  displayName: z.string(),
  since: z.string(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const AccessLogEntry = z.object({
  at: z.string(),
  actor: z.object({
    id: z.uuid().nullable().describe('null once that account is deleted'),
    displayName: z.string(),
    role: z.string().describe('therapist or administrator'),
  }),
  action: z.enum(['read', 'change']),
  resource: z.string().describe('What was read or changed, such as pain-maps or role'),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

export const AccessLogPage = z.object({
  items: z.array(AccessLogEntry),
  nextCursor: z.string().nullable(),
});
export type AccessLogPage = z.infer<typeof AccessLogPage>;
