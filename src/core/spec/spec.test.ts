import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '../../../../shared/spec');

describe('spec copies', () => {
  for (const file of ['body-regions.json', 'muscles.json', 'safety-screen.json']) {
    it.runIf(existsSync(join(shared, file)))(`${file} matches the shared contract exactly`, () => {
      const ours = JSON.parse(readFileSync(join(here, file), 'utf8'));
      const theirs = JSON.parse(readFileSync(join(shared, file), 'utf8'));
      expect(ours).toEqual(theirs);
    });
  }
});
