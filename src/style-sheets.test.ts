import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Here and not in src/web: reading the style sheets needs node:fs, which web code may not use.
const web = join(dirname(fileURLToPath(import.meta.url)), 'web');
const rawColour = /#[0-9a-f]{3,8}\b|\b(rgb|rgba|hsl|hsla)\(/i;

function styleSheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const themes = (css: string): string[] =>
  [...css.matchAll(/^\.(theme-[a-z-]+) \{/gm)].map((m) => m[1]!);

describe('colours', () => {
  it('are written only in tokens.css; every other style sheet names a token', () => {
    const raw = styleSheets(web)
      .filter((path) => !path.endsWith('tokens.css'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.replace(/\/\*.*?\*\//g, ''), at: i + 1 }))
          .filter(({ line }) => rawColour.test(line.replaceAll(/url\([^)]*\)/g, '')))
          .map(({ line, at }) => `${relative(web, path)}:${at}: ${line.trim()}`),
      );
    expect(raw).toEqual([]);
  });

  it('come in the light theme and the two dark ones, and no screen declares its own', () => {
    const tokens = readFileSync(join(web, 'tokens.css'), 'utf8');
    expect(themes(tokens)).toEqual(['theme-dark-session', 'theme-bad-night']);
    const redeclared = styleSheets(web)
      .filter((path) => !path.endsWith('tokens.css') && !path.endsWith('plan-print.css'))
      .filter((path) =>
        /^\s*--(bg|surface|text|muted|brand|accent|border|focus)\s*:/m.test(
          readFileSync(path, 'utf8'),
        ),
      )
      .map((path) => relative(web, path));
    expect(redeclared).toEqual([]);
  });
});
