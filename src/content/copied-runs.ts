// Finds runs of nine words that a text shares with a source: the rule of
// ../shared/hooks/copied-sentences.py, so a test keeps the article's sentences out of Unknot.

/** Nine words in a row is where a shared phrase becomes a copied sentence. */
export const copiedRunLength = 9;

/** Lower-case runs of letters and digits, as the hook splits words. */
export const copyWords = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Every run of `length` consecutive words in the text, each joined by single spaces. */
export function wordRuns(text: string, length = copiedRunLength): Set<string> {
  const words = copyWords(text);
  const runs = new Set<string>();
  for (let start = 0; start + length <= words.length; start += 1)
    runs.add(words.slice(start, start + length).join(' '));
  return runs;
}

/** The first run of the text that the source also holds, or undefined when none is shared. */
export function firstCopiedRun(text: string, sourceRuns: ReadonlySet<string>): string | undefined {
  for (const run of wordRuns(text)) if (sourceRuns.has(run)) return run;
  return undefined;
}
