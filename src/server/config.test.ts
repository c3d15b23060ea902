import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('server settings from the environment', () => {
  it('uses the documented defaults', () => {
    const read = readConfig({});
    expect(read.ok && read.config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      trustProxy: false,
    });
    expect(read.ok && read.config.dataDir).toMatch(/[\\/]data$/);
  });

  it('reads a PostgreSQL URL, and believes a proxy only when told to', () => {
    const read = readConfig({ DATABASE_URL: 'postgres://u@db/unknot', TRUST_PROXY: '10.0.0.2' });
    expect(read.ok && read.config).toMatchObject({
      databaseUrl: 'postgres://u@db/unknot',
      trustProxy: '10.0.0.2',
    });
    const list = readConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' });
    expect(list.ok && list.config.trustProxy).toBe('127.0.0.1, 10.0.0.0/8');
  });

  it('allows the host of PUBLIC_URL and each of ALLOWED_HOSTS, and reads SIGNUPS', () => {
    const read = readConfig({
      PUBLIC_URL: 'https://unknot.example.org/',
      ALLOWED_HOSTS: 'unknot.local, backup.example.org',
      SIGNUPS: 'invite',
    });
    expect(read.ok && read.config).toMatchObject({
      allowedHosts: ['unknot.local', 'backup.example.org', 'unknot.example.org'],
      signups: 'invite',
    });
    expect(
      readConfig({}).ok && (readConfig({}) as { config: { signups: string } }).config.signups,
    ).toBe('open');
  });

  it('refuses bad values with a message naming the setting', () => {
    for (const env of [
      { PORT: 'abc' },
      { PORT: '70000' },
      { DATABASE_URL: 'mysql://x' },
      { TRUST_PROXY: 'yes please' },
      // Any client can write X-Forwarded-For: only named proxies are believed.
      { TRUST_PROXY: 'true' },
      { TRUST_PROXY: '2' },
      { PUBLIC_URL: 'not a url' },
      { ALLOWED_HOSTS: 'a b' },
      { SIGNUPS: 'sometimes' },
    ]) {
      const read = readConfig(env);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toContain(Object.keys(env)[0]);
    }
  });
});
