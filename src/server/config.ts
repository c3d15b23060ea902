// Reads the server's settings from the environment once, with clear messages for bad values.
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  // "true" (any proxy), a number of proxy hops, or addresses/CIDRs separated by commas.
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*)$/,
      'must be true, false, a hop count, or addresses',
    )
    .optional(),
});

function trustProxyFrom(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly logLevel: string;
  readonly trustProxy: boolean | number | string;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    return {
      ok: false,
      message: `Unknot cannot start, a setting is wrong:\n  ${lines.join('\n  ')}`,
    };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      host: e.HOST,
      port: e.PORT,
      dataDir: resolve(e.DATA_DIR),
      databaseUrl: e.DATABASE_URL,
      logLevel: e.LOG_LEVEL,
      trustProxy: trustProxyFrom(e.TRUST_PROXY),
    },
  };
}
