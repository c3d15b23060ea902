// Finds the project's shared folder (fixed contracts, reference texts) that checks compare
// against: UNKNOT_SHARED when set, else the nearest `shared` folder beside the repository or
// beside one of its parents (a worktree under /work/wt still finds /work/shared). Null when
// there is none, as in a clone on its own; the checks then report themselves skipped.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder holding `inside` (a path within it), or null when none does. */
export function sharedFolder(inside: string): string | null {
  const fromEnvironment = process.env.UNKNOT_SHARED;
  if (fromEnvironment) return existsSync(join(fromEnvironment, inside)) ? fromEnvironment : null;
  for (let folder = dirname(repository); ; folder = dirname(folder)) {
    const candidate = join(folder, 'shared');
    if (existsSync(join(candidate, inside))) return candidate;
    if (dirname(folder) === folder) return null;
  }
}
