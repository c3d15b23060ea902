import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './service-worker-source.js';

describe('the generated service worker', () => {
  const source = serviceWorkerSource('abc123', [
    '/assets/index-1.js',
    '/assets/index-1.js.map',
    '/icon.svg',
  ]);

  it('precaches the app shell and the built files, but not source maps', () => {
    expect(source).toContain('"/assets/index-1.js"');
    expect(source).toContain('"/icon.svg"');
    expect(source).toContain('"/"');
    expect(source).not.toContain('.map"');
  });

  it('names its cache after the build, so a new build replaces the old cache', () => {
    expect(source).toContain("const CACHE = 'unknot-abc123'");
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(source)).not.toThrow();
  });

  it('never caches API answers other than the knowledge base', () => {
    expect(source).toMatch(/pathname\.startsWith\('\/api\/'\)\) return;/);
    expect(source.match(/cache\.put/g)?.length).toBe(1);
  });
});
