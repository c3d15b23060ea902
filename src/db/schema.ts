// The database as Kysely sees it: one interface per table, written once, used by every repository.
import type { ColumnType, Generated, Kysely } from 'kysely';

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

type Timestamp = ColumnType<Date, Date, Date>;
/** jsonb: read as parsed JSON, written as JSON text (the same on PGlite and PostgreSQL). */
type Jsonb<T> = ColumnType<T, string, string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  is_admin: boolean;
  created_at: Timestamp;
  password_changed_at: Timestamp;
  display_name: string;
  role: ColumnType<AccountRole, AccountRole | undefined, AccountRole>;
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  last_sign_in_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export type AccountRole = 'person' | 'therapist';

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

type MaybeTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;

export interface InvitationsTable {
  id: Generated<string>;
  therapist_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: MaybeTimestamp;
  revoked_at: MaybeTimestamp;
  declined_at: MaybeTimestamp;
}

export interface TherapistLinksTable {
  id: Generated<string>;
  therapist_id: string;
  client_id: string;
  invitation_id: string | null;
  created_at: Timestamp;
  ended_at: MaybeTimestamp;
}

export interface AccessLogTable {
  id: Generated<string>;
  subject_id: string;
  actor_id: string | null;
  actor_display_name: string;
  actor_role: string;
  at: Timestamp;
  action: 'read' | 'change';
  resource: string;
}

export interface FindingsTable {
  id: string;
  client_id: string;
  therapist_id: string;
  trigger_point: string;
  side: 'left' | 'right';
  tenderness: number;
  reproduces_pain: boolean | null;
  note: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssignedPlansTable {
  id: string;
  client_id: string;
  therapist_id: string;
  steps: Jsonb<unknown>;
  sessions_per_week: number;
  note: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  ended_at: MaybeTimestamp;
}

export interface LoginSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface SignInFailuresTable {
  id: ColumnType<number, never, never>;
  key: string;
  failed_at: Timestamp;
}

/** pain_maps, safety_screens, plans and check_ins: one checked JSON document per record. */
export interface DocumentTable {
  user_id: string;
  id: string;
  sort_at: number;
  body: Jsonb<unknown>;
  updated_at: Timestamp;
}

export interface SessionLogsTable {
  user_id: string;
  id: string;
  plan_id: string | null;
  started_at_ms: number;
  ended_at_ms: number | null;
  pain_before: number | null;
  pain_after: number | null;
  plan: Jsonb<unknown>;
  points: Jsonb<unknown>;
  events: Jsonb<unknown>;
  updated_at: Timestamp;
}

export interface ReminderSettingsTable {
  user_id: string;
  days: string;
  time: string;
  time_zone: string;
  updated_at: Timestamp;
}

export interface Database {
  app_meta: AppMetaTable;
  users: UsersTable;
  login_sessions: LoginSessionsTable;
  sign_in_failures: SignInFailuresTable;
  pain_maps: DocumentTable;
  safety_screens: DocumentTable;
  plans: DocumentTable;
  check_ins: DocumentTable;
  session_logs: SessionLogsTable;
  reminder_settings: ReminderSettingsTable;
  recovery_codes: RecoveryCodesTable;
  invitations: InvitationsTable;
  therapist_links: TherapistLinksTable;
  access_log: AccessLogTable;
  findings: FindingsTable;
  assigned_plans: AssignedPlansTable;
}

export type DocumentTableName = 'pain_maps' | 'safety_screens' | 'plans' | 'check_ins';

/** Generated is re-exported so migrations and repositories name it from one place. */
export type { Generated };

/** A database handle as repositories and the server pass it around. */
export type Db = Kysely<Database>;
