// Reads the server's settings from the environment once, with clear messages for bad values.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const isAddressOrRange = (entry: string): boolean => {
  const [address, bits, extra] = entry.trim().split('/');
  return (
    isIP(address ?? '') !== 0 &&
    extra === undefined &&
    (bits === undefined || /^\d{1,3}$/.test(bits))
  );
};

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
  // Only the proxies' own addresses or CIDR ranges, separated by commas: `true` or a hop count
  // would believe an X-Forwarded-For that any client can write.
  TRUST_PROXY: z
    .string()
    .refine(
      (value) => value.split(',').every(isAddressOrRange),
      "must be the reverse proxy's addresses (such as 127.0.0.1 or 10.0.0.0/8), separated by commas",
    )
    .optional(),
  // The address people use, such as https://unknot.example.org: its host name is allowed.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // More host names the server answers to, separated by commas (loopback names and IP
  // addresses are always answered).
  ALLOWED_HOSTS: z
    .string()
    .regex(
      /^[a-zA-Z0-9.\-:[\]]+(,\s*[a-zA-Z0-9.\-:[\]]+)*$/,
      'must be host names separated by commas',
    )
    .optional(),
  SIGNUPS: z.enum(['open', 'invite', 'closed']).default('open'),
  // Sign-ups allowed from one address in 15 minutes (raise it for a clinic behind one address).
  // Shed requests (503) when the event loop lags more than this on average; 0 turns it off.
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  // `serve` sends the web app's source maps to browsers (for debugging); by default they stay
  // on the server.
  SOURCE_MAPS: z.enum(['off', 'serve']).default('off'),
  SIGNUPS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
});

function trustProxyFrom(value: string | undefined): string | false {
  return value === undefined || value.trim() === '' ? false : value;
}

function allowedHostsFrom(e: {
  PUBLIC_URL?: string | undefined;
  ALLOWED_HOSTS?: string | undefined;
}) {
  const hosts = (e.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  if (e.PUBLIC_URL) hosts.push(new URL(e.PUBLIC_URL).hostname);
  return hosts;
}

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly logLevel: string;
  readonly trustProxy: string | false;
  readonly allowedHosts: readonly string[];
  readonly signups: 'open' | 'invite' | 'closed';
  readonly signUpsPerAddress: number;
  readonly maxEventLoopDelayMs: number;
  readonly serveSourceMaps: boolean;
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
      allowedHosts: allowedHostsFrom(e),
      signups: e.SIGNUPS,
      signUpsPerAddress: e.SIGNUPS_PER_ADDRESS,
      maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
      serveSourceMaps: e.SOURCE_MAPS === 'serve',
    },
  };
}
