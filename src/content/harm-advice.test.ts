import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../shared-folder.test-support.js';
import { firstCopiedRun, wordRuns } from './copied-runs.js';
import { harmAdvice } from './harm-advice.js';
import { fleschKincaidGrade } from './readability.js';

const article = 'reference/back-pain-article.txt';
const shared = sharedFolder(article);
const lines = Object.values(harmAdvice);

describe('advice after a harm report', () => {
  it('reads at grade 8 or lower, each line with a source', () => {
    for (const line of lines) {
      expect(fleschKincaidGrade(line.text), line.text).toBeLessThanOrEqual(8);
      expect(line.sources.length).toBeGreaterThan(0);
    }
  });

  it.runIf(shared !== null)('copies no run of 9 words from the article', () => {
    const runs = wordRuns(readFileSync(join(shared ?? '', article), 'utf8'));
    for (const line of lines) expect(firstCopiedRun(line.text, runs)).toBeUndefined();
  });
});
