import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../scripts/precompress.js';
import { testDatabases } from '../db/test-databases.js';
import { startTestApp, type TestApp } from './test-app.js';

// Compression is framework behaviour, the same on either database: run on the first (PGlite).
const [first] = testDatabases();

const decoders: Record<string, (b: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

describe('what crosses the wire is compressed when the browser asks for it', () => {
  let t: TestApp;
  let withMaps: TestApp;
  let webRoot: string;
  const script = `// a built script\n${'export const step = "press and hold for thirty seconds";\n'.repeat(200)}`;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'unknot-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>x</title>');
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'assets', 'app.js'), script);
    writeFileSync(join(webRoot, 'assets', 'app.js.map'), '{"version":3,"sources":[]}');
    precompressFolder(webRoot);
    t = await startTestApp(first!, { webRoot });
    withMaps = await startTestApp(first!, { webRoot, build: { serveSourceMaps: true } });
  });
  afterAll(async () => {
    await t.close();
    await withMaps.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  for (const encoding of ['br', 'gzip'] as const) {
    it(`sends the build's ${encoding} copy of a script, which decodes to the script`, async () => {
      const r = await t.app.inject({
        url: '/assets/app.js',
        headers: { 'accept-encoding': encoding },
      });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.rawPayload.length).toBeLessThan(script.length / 5);
      expect(decoders[encoding]!(r.rawPayload).toString('utf8')).toBe(script);
      // The copy made at build time, not one compressed again on every request.
      const copy = readFileSync(
        join(webRoot, 'assets', `app.js.${encoding === 'br' ? 'br' : 'gz'}`),
      );
      expect(r.rawPayload.equals(copy)).toBe(true);
    });

    it(`compresses a large JSON answer with ${encoding} to the same JSON`, async () => {
      const plain = await t.app.inject({ url: '/api/content' });
      const r = await t.app.inject({
        url: '/api/content',
        headers: { 'accept-encoding': encoding },
      });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers.vary).toMatch(/accept-encoding/i);
      expect(r.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(decoders[encoding]!(r.rawPayload).equals(plain.rawPayload)).toBe(true);
    });
  }

  it('prefers brotli when the browser accepts both, as Chromium does', async () => {
    const r = await t.app.inject({
      url: '/assets/app.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(r.headers['content-encoding']).toBe('br');
  });

  it('sends plain bytes to a client that asks for no encoding', async () => {
    for (const url of ['/assets/app.js', '/api/content']) {
      const r = await t.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-encoding'] ?? 'identity').toBe('identity');
    }
    const asset = await t.app.inject({ url: '/assets/app.js' });
    expect(asset.headers['content-encoding']).toBeUndefined();
    expect(asset.body).toBe(script);
  });

  it('leaves a small answer (under 1 KB) plain', async () => {
    const r = await t.app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.json()).toMatchObject({ status: 'ok' });
  });

  it('keeps source maps on the server unless the owner asks to serve them', async () => {
    const hidden = await t.app.inject({ url: '/assets/app.js.map' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toMatchObject({ error: { code: 'not_found' } });
    const served = await withMaps.app.inject({ url: '/assets/app.js.map' });
    expect(served.statusCode).toBe(200);
    expect(served.json()).toEqual({ version: 3, sources: [] });
  });
});
