// design.md's import rules as data and a checker over source text: core and content are
// pure (no server, web, db or node: imports), the web never reaches server or db code, and
// the server reaches the database only through src/db.
import { dirname, join, normalize, relative } from 'node:path';

export type Layer = 'core' | 'content' | 'db' | 'server' | 'web' | 'other';

export function layerOf(path: string): Layer {
  const parts = normalize(path).split(/[\\/]/);
  const i = parts.indexOf('src');
  const layer = i >= 0 ? parts[i + 1] : undefined;
  return layer === 'core' ||
    layer === 'content' ||
    layer === 'db' ||
    layer === 'server' ||
    layer === 'web'
    ? layer
    : 'other';
}

export interface ImportOf {
  readonly specifier: string;
  /** `import type` / `export type`: erased by the compiler, so nothing of it runs. */
  readonly typeOnly: boolean;
}

/** Every module a file imports or re-exports, statically or dynamically. */
export function importsOf(source: string): ImportOf[] {
  const found: ImportOf[] = [];
  const patterns = [
    /^\s*(import|export)(\s+type)?\s[^'"`;]*?from\s*['"]([^'"]+)['"]/gm,
    /^\s*(import)()\s*['"]([^'"]+)['"]/gm,
    /\b(import)()\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      found.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
    }
  }
  return found;
}

export const importSpecifiers = (source: string): string[] =>
  importsOf(source).map((i) => i.specifier);

const packagesAllowedIn: Record<'core' | 'content', readonly string[]> = {
  core: ['zod'],
  content: ['zod'],
};
// Type definitions only (no runtime code) that pure layers may name.
const typeOnlyPackagesAllowed = ['@medplum/fhirtypes'];
const databaseDrivers = ['kysely', 'pg', '@electric-sql/pglite'];

/** What is wrong with one import of one file, or null when it keeps the rules. */
export function importProblem(
  root: string,
  file: string,
  specifier: string,
  typeOnly = false,
): string | null {
  const from = layerOf(relative(root, file));
  const isTest = /\.test\.tsx?$/.test(file);
  const relativeImport = specifier.startsWith('.');
  const target = relativeImport ? layerOf(relative(root, join(dirname(file), specifier))) : null;
  const packageName = relativeImport
    ? null
    : specifier.startsWith('@')
      ? specifier.split('/').slice(0, 2).join('/')
      : specifier.split('/')[0]!;

  if (from === 'core' || from === 'content') {
    if (isTest)
      return target === 'server' || target === 'web' ? `${from} test imports ${target}` : null;
    if (target && target !== 'core' && target !== 'content')
      return `${from} imports ${target} (${specifier})`;
    const allowed =
      packagesAllowedIn[from].includes(packageName ?? '') ||
      (typeOnly && typeOnlyPackagesAllowed.includes(packageName ?? ''));
    if (packageName && !allowed) {
      return `${from} must stay pure but imports ${specifier}`;
    }
  }
  if (from === 'web') {
    if (target === 'server' || target === 'db') return `web imports ${target} (${specifier})`;
    if (specifier.startsWith('node:')) return `web imports ${specifier}`;
  }
  // Tests may look into the database directly to check what a route stored.
  if (from === 'server' && !isTest && packageName && databaseDrivers.includes(packageName)) {
    return `server must reach the database through src/db, but imports ${specifier}`;
  }
  return null;
}
