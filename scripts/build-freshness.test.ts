import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BuildPart, reasonToBuild, stampOf } from './build-freshness.mjs';

const part: BuildPart = {
  name: 'web app',
  script: 'build:web',
  inputs: ['src/web', 'vite.config.ts'],
  output: 'dist/web/index.html',
  env: /^VITE_/,
};

describe('npm start builds only what changed', () => {
  let root: string;
  const write = (path: string, text: string, secondsAgo = 0) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    const at = Date.now() / 1000 - secondsAgo;
    utimesSync(join(root, path), at, at);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'unknot-fresh-'));
    write('src/web/App.tsx', 'app', 60);
    write('src/web/App.test.tsx', 'test', 60);
    write('vite.config.ts', 'config', 60);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds what was never built', () => {
    expect(reasonToBuild(root, part, {}, undefined)).toBe('not built yet');
  });

  it('starts at once when nothing changed since the build', () => {
    const stamp = stampOf(root, part, {});
    write('dist/web/index.html', 'built');
    expect(reasonToBuild(root, part, {}, stamp)).toBeNull();
  });

  it('names the changed file, but ignores a changed test', () => {
    const stamp = stampOf(root, part, {});
    write('dist/web/index.html', 'built');
    write('src/web/App.test.tsx', 'test 2');
    expect(reasonToBuild(root, part, {}, stamp)).toBeNull();
    write('src/web/App.tsx', 'app 2');
    expect(reasonToBuild(root, part, {}, stamp)).toBe('changed: src/web/App.tsx');
  });

  it('sees a deleted source and a changed build setting', () => {
    write('src/web/Extra.tsx', 'extra', 60);
    const stamp = stampOf(root, part, { VITE_UNKNOT_EMERGENCY_NUMBERS: '911', HOME: '/x' });
    write('dist/web/index.html', 'built');
    expect(reasonToBuild(root, part, { VITE_UNKNOT_EMERGENCY_NUMBERS: '911' }, stamp)).toBeNull();
    expect(reasonToBuild(root, part, { VITE_UNKNOT_EMERGENCY_NUMBERS: '000' }, stamp)).toBe(
      'build settings changed',
    );
    unlinkSync(join(root, 'src/web/Extra.tsx'));
    expect(reasonToBuild(root, part, { VITE_UNKNOT_EMERGENCY_NUMBERS: '911' }, stamp)).toBe(
      'source files were added or removed',
    );
  });
});
