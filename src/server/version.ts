// The running version, read from package.json (two levels up from src/server and dist/server).
import { readFileSync } from 'node:fs';

export const appVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
