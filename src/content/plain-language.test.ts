import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../shared-folder.test-support.js';
import { firstCopiedRun, wordRuns } from './copied-runs.js';
import { content } from './index.js';
import { fleschKincaidGrade, wordsOf } from './readability.js';

const here = dirname(fileURLToPath(import.meta.url));
const article = 'reference/back-pain-article.txt';
const shared = sharedFolder(article);
// Without the shared folder (a clone on its own) there is nothing to compare against: the
// copy checks say "skipped" rather than pass; the detector itself is still tested below.
const articleRuns = shared
  ? wordRuns(readFileSync(join(shared, article), 'utf8'))
  : new Set<string>();
const withArticle = it.runIf(shared !== null);

/** Every string a person may read, with where it sits; citations are left out. */
function readableTexts(value: unknown, path = 'content'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => readableTexts(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'sources' ? [] : readableTexts(item, `${path}.${key}`),
    );
  return [];
}
const texts = readableTexts(content);

const cureClaim =
  /\b(cure[sd]?|curing|guarantee[sd]?|heal(s|ed|ing)?|miracles?|permanent fix(es)?)\b/i;

function contentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? contentFiles(join(folder, entry.name))
      : /\.(ts|tsx|json|md)$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

describe('plain language', () => {
  it('reads at grade 8 or lower in every text of 20 words or more', () => {
    const hard = texts
      .filter(({ text }) => wordsOf(text).length >= 20)
      .map(({ path, text }) => ({ path, grade: Number(fleschKincaidGrade(text).toFixed(1)) }))
      .filter(({ grade }) => grade > 8);
    expect(hard).toEqual([]);
  });

  withArticle('copies no run of 9 words from the article, in any served text', () => {
    const copied = texts
      .map(({ path, text }) => ({ path, run: firstCopiedRun(text, articleRuns) }))
      .filter(({ run }) => run !== undefined);
    expect(copied).toEqual([]);
  });

  withArticle('copies no run of 9 words from the article, on any line of the content files', () => {
    const copied = contentFiles(here).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({
          at: `${relative(here, file)}:${index + 1}`,
          run: firstCopiedRun(line, articleRuns),
        }))
        .filter(({ run }) => run !== undefined),
    );
    expect(copied).toEqual([]);
  });

  it('catches a copied run of 9 words and lets a shared run of 8 pass', () => {
    const source = wordRuns('one two three four five six seven eight nine ten');
    expect(
      firstCopiedRun('Say: One, two, three, four, five, six, seven, eight, nine!', source),
    ).toBe('one two three four five six seven eight nine');
    expect(firstCopiedRun('two three four five six seven eight nine', source)).toBeUndefined();
  });

  withArticle('would catch a sentence taken from the article', () => {
    // Taken from the article at run time, so this file holds no copied words itself.
    const [someRun] = articleRuns;
    const taken = `So, ${someRun?.toUpperCase()}, as they say.`;
    expect(firstCopiedRun(taken, articleRuns)).toBe(someRun);
  });

  it('makes no cure claim anywhere', () => {
    expect(texts.filter(({ text }) => cureClaim.test(text))).toEqual([]);
  });

  it('spots cure claims and leaves words like health alone', () => {
    for (const claim of [
      'This will cure you.',
      'Guaranteed relief',
      'It heals fast',
      'A miracle',
      'a permanent fix',
    ])
      expect(cureClaim.test(claim), claim).toBe(true);
    for (const fine of ['Good for your health.', 'A healthy back', 'secure the ball'])
      expect(cureClaim.test(fine), fine).toBe(false);
  });
});
