import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../shared-folder.test-support.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = sharedFolder('spec');

// Without the shared folder (a clone on its own) there is nothing to compare: the checks
// say "skipped" rather than pass.
describe.skipIf(shared === null)('spec copies', () => {
  for (const file of ['body-regions.json', 'muscles.json', 'safety-screen.json']) {
    it(`${file} matches the shared contract exactly`, () => {
      const ours = JSON.parse(readFileSync(join(here, file), 'utf8'));
      const theirs = JSON.parse(readFileSync(join(shared ?? '', 'spec', file), 'utf8'));
      expect(ours).toEqual(theirs);
    });
  }
});
