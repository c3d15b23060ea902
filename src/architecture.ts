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

  // Test helpers are left out of the build (tsconfig.build.json), so shipped code must not
  // reach them: the build would copy them into dist after all.
  const helperName = /(^|[\\/])(test-[^\\/]*|[^\\/]*\.test-support)\.(js|ts|tsx)$/;
  if (relativeImport && !isTest && !helperName.test(file) && helperName.test(specifier)) {
    return `shipped code imports the test helper ${specifier}`;
  }
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

/**
 * The file an import names, for relative imports inside the repository: `./x.js` is written
 * for `./x.ts` or `./x.tsx` (NodeNext), and a folder means its index. Null for packages and
 * for files that are not TypeScript (CSS, JSON).
 */
export function resolveImport(
  file: string,
  specifier: string,
  exists: (path: string) => boolean,
): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(file), specifier);
  const stem = base.replace(/\.js$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find(exists) ?? null;
}

/**
 * Every import cycle in a graph (file -> files it imports), one entry per strongly connected
 * group of two or more files (or a file importing itself), each listed as a path that closes
 * on its first file. Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.edge < targets.length) {
        const target = targets[frame.edge++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.node);
      const selfLoop = targets.includes(frame.node);
      if (group.length > 1 || selfLoop) groups.push(cyclePath(graph, new Set(group)));
    }
  }
  return groups;
}

/** One concrete loop through a strongly connected group, to name in a failure message. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, group: Set<string>): string[] {
  const first = [...group].sort()[0]!;
  // Breadth-first from the first file back to itself, staying inside the group.
  const cameFrom = new Map<string, string>();
  const queue = [first];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!group.has(target)) continue;
      if (target === first) {
        const path = [node];
        while (path[0] !== first) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, first];
      }
      if (cameFrom.has(target)) continue;
      cameFrom.set(target, node);
      queue.push(target);
    }
  }
  return [first, first];
}
