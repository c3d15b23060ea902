import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importProblem, importSpecifiers, importsOf } from './architecture.js';

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
