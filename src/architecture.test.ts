import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  importProblem,
  importSpecifiers,
  importsOf,
  resolveImport,
} from './architecture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('import rules of design.md', () => {
  it('every source file keeps them', () => {
    const problems = sourceFiles(join(root, 'src')).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .map((i) => importProblem(root, file, i.specifier, i.typeOnly))
        .filter((p): p is string => p !== null)
        .map((p) => `${file.slice(root.length + 1)}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('the checker catches each kind of break', () => {
    const at = (path: string) => join(root, path);
    expect(importProblem(root, at('src/core/plan/plan.ts'), '../../server/app.js')).toMatch(
      /core imports server/,
    );
    expect(importProblem(root, at('src/core/plan/plan.ts'), '../../db/connect.js')).toMatch(
      /core imports db/,
    );
    expect(importProblem(root, at('src/core/plan/plan.ts'), 'node:fs')).toMatch(/pure/);
    expect(importProblem(root, at('src/content/muscles.ts'), 'react')).toMatch(/pure/);
    expect(importProblem(root, at('src/web/App.tsx'), '../server/errors.js')).toMatch(
      /web imports server/,
    );
    expect(importProblem(root, at('src/web/App.tsx'), '../db/connect.js')).toMatch(
      /web imports db/,
    );
    expect(importProblem(root, at('src/server/routes/x.ts'), 'kysely')).toMatch(/through src\/db/);
    expect(importProblem(root, at('src/core/x.ts'), '@medplum/fhirtypes')).toMatch(/pure/);
    expect(importProblem(root, at('src/core/x.ts'), '@medplum/fhirtypes', true)).toBeNull();
    expect(importProblem(root, at('src/core/x.ts'), 'react', true)).toMatch(/pure/);
    expect(importProblem(root, at('src/core/plan/plan.ts'), '../match/index.js')).toBeNull();
    expect(importProblem(root, at('src/web/App.tsx'), '../core/contracts/error.js')).toBeNull();
    expect(importProblem(root, at('src/server/app.ts'), './test-app.js')).toMatch(/test helper/);
    expect(
      importProblem(root, at('src/core/plan/x.ts'), './plan-fixtures.test-support.js'),
    ).toMatch(/test helper/);
    expect(importProblem(root, at('src/server/x.db.test.ts'), './test-app.js')).toBeNull();
    expect(
      importProblem(root, at('src/server/auth/test-accounts.ts'), '../test-app.js'),
    ).toBeNull();
  });

  it('tells type-only imports from ones that run', () => {
    const found = importsOf(
      "import type { A } from 'a';\nimport { B } from 'b';\nexport type { C } from 'c';",
    );
    const bySpecifier = [...found].sort((x, y) => x.specifier.localeCompare(y.specifier));
    expect(bySpecifier).toEqual([
      { specifier: 'a', typeOnly: true },
      { specifier: 'b', typeOnly: false },
      { specifier: 'c', typeOnly: true },
    ]);
  });

  it('finds static, type-only, re-exported and dynamic imports', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "import './side-effect.css';",
      "const d = await import('./d.js');",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(
      ['../b.js', './a.js', './c.js', './d.js', './side-effect.css'].sort(),
    );
  });
});

/** Every TypeScript file under src and the files of src it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const targets = importsOf(readFileSync(file, 'utf8'))
      .map((i) => resolveImport(file, i.specifier, existsSync))
      .filter((target): target is string => target !== null);
    graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
  }
  return graph;
}

describe('the import graph of src', () => {
  it('has no cycle anywhere, type-only imports included', () => {
    const cycles = importCycles(importGraph()).map((cycle) => cycle.join(' -> '));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle of any length, a file importing itself, and none in a tree', () => {
    const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(importCycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([
      ['a', 'b', 'c', 'a'],
    ]);
    expect(importCycles(graph({ a: ['a'] }))).toEqual([['a', 'a']]);
    expect(importCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
    const twoLoops = importCycles(graph({ a: ['b'], b: ['a'], c: ['d'], d: ['c', 'a'] }));
    expect(twoLoops).toHaveLength(2);
  });

  it('reads NodeNext specifiers as the TypeScript files they name', () => {
    const files = new Set(['/r/src/web/a.tsx', '/r/src/web/b/index.ts', '/r/src/web/c.ts']);
    const exists = (path: string) => files.has(path);
    expect(resolveImport('/r/src/web/c.ts', './a.js', exists)).toBe('/r/src/web/a.tsx');
    expect(resolveImport('/r/src/web/c.ts', './b/index.js', exists)).toBe('/r/src/web/b/index.ts');
    expect(resolveImport('/r/src/web/a.tsx', './c.js', exists)).toBe('/r/src/web/c.ts');
    expect(resolveImport('/r/src/web/a.tsx', './a.css', exists)).toBeNull();
    expect(resolveImport('/r/src/web/a.tsx', 'react', exists)).toBeNull();
  });

  it('has no cycle between the folders of the web app either (a page folder never imports one that imports it)', () => {
    // A file directly in src/web (App, routes, router, api, paths) stands for itself; any
    // other file for its folder under src/web. Tests may reach anywhere.
    const unitOf = (file: string) => {
      const parts = file.split('/');
      return parts.length <= 3 ? file : parts.slice(0, 3).join('/');
    };
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of importGraph()) {
      if (!file.startsWith('src/web/') || /\.test\.tsx?$/.test(file)) continue;
      const from = unitOf(file);
      const edges = folders.get(from) ?? new Set<string>();
      for (const target of targets) {
        if (target.startsWith('src/web/') && unitOf(target) !== from) edges.add(unitOf(target));
      }
      folders.set(from, edges);
    }
    const graph = new Map([...folders].map(([from, to]) => [from, [...to]]));
    expect(importCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps the route table to the app frame: pages link by the addresses in web/paths.ts', () => {
    const importers = [...importGraph()]
      .filter(
        ([file, targets]) => !/\.test\.tsx?$/.test(file) && targets.includes('src/web/routes.tsx'),
      )
      .map(([file]) => file);
    expect(importers).toEqual(['src/web/App.tsx']);
  });
});
