// The answers of the therapist, invitation, two-factor and administration routes as the web
// reads them (see "Therapists and their clients" in the API contract). Outlines only: the
// server's own schemas hold the rules.
import { z } from 'zod';

export const Role = z.enum(['person', 'therapist']);
export type Role = z.infer<typeof Role>;

/** A QR code as rows of modules, "1" for dark; drawn by the web's QrCode. */
export const QrModules = z.object({
  size: z.number().int().positive(),
  rows: z.array(z.string()),
});

export const TherapistRef = z.object({ id: z.string(), displayName: z.string() });
export type TherapistRef = z.infer<typeof TherapistRef>;

export const AdminAccount = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  isAdmin: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  twoFactor: z.boolean(),
});
export type AdminAccount = z.infer<typeof AdminAccount>;
export const AdminAccounts = z.object({ items: z.array(AdminAccount) });

export const TwoFactorSetup = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qr: QrModules,
});
export type TwoFactorSetup = z.infer<typeof TwoFactorSetup>;
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const NewInvitation = z.object({
  id: z.string(),
  token: z.string(),
  url: z.string(),
  expiresAt: z.string(),
  qr: QrModules,
});
export type NewInvitation = z.infer<typeof NewInvitation>;

export const Invitations = z.object({
  items: z.array(
    z.object({ id: z.string(), createdAt: z.string(), expiresAt: z.string(), status: z.string() }),
  ),
});
export type Invitation = z.infer<typeof Invitations>['items'][number];

export const InvitationPreview = z.object({ therapist: TherapistRef, expiresAt: z.string() });
export type InvitationPreview = z.infer<typeof InvitationPreview>;
export const AcceptedInvitation = z.object({ linkId: z.string(), therapist: TherapistRef });

export const MyTherapists = z.object({
  items: z.array(z.object({ linkId: z.string(), therapist: TherapistRef, since: z.string() })),
});
export type MyTherapist = z.infer<typeof MyTherapists>['items'][number];

export const AccessLog = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      actor: z.object({ id: z.string().nullable(), displayName: z.string(), role: z.string() }),
      action: z.enum(['read', 'change']).or(z.string()),
      resource: z.string(),
    }),
  ),
});
export type AccessLogEntry = z.infer<typeof AccessLog>['items'][number];

export const Clients = z.object({
  items: z.array(
    z.object({
      clientId: z.string(),
      displayName: z.string(),
      needsAttention: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
  ),
});
export type Client = z.infer<typeof Clients>['items'][number];
export const ClientSummary = z.object({
  clientId: z.string(),
  displayName: z.string(),
  since: z.string(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;
