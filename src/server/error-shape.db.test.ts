import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/test-databases.js';
import { signUp } from './auth/test-accounts.js';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './error-shape.js';
import { startTestApp, type TestApp } from './test-app.js';

// Framework behaviour does not depend on the database, so these run on the first one (PGlite).
const [first] = testDatabases();

function expectShape(body: string, code: string) {
  const parsed = JSON.parse(body);
  expect(parsed).toEqual({
    error: {
      code,
      message: expect.any(String),
      ...(parsed.error.details ? { details: expect.anything() } : {}),
    },
  });
  expect(body).not.toMatch(/FST_|ERR_|node_modules|\/work\/|\.js:\d+/);
}

/** Sends raw bytes to a listening server and returns what came back. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => {
      answer += d;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

const deepJson = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('the framework’s own refusals use the error shape', () => {
  let t: TestApp;
  let webRoot: string;
  let port: number;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'unknot-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>x</title>');
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    t = await startTestApp(first!, { webRoot });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('a 300-character id, a bad URL escape and a missing asset', async () => {
    const long = await t.app.inject({ url: `/api/me/plans/${'a'.repeat(300)}` });
    expect(long.statusCode).toBeGreaterThanOrEqual(400);
    expect(long.statusCode).toBeLessThan(500);
    expectShape(long.body, long.json().error.code);
    const badUrl = await t.app.inject({ url: '/api/me/plans/%E0%A4%A' });
    expect(badUrl.statusCode).toBe(400);
    expectShape(badUrl.body, 'bad_request');
    const missing = await t.app.inject({ url: '/assets/missing.js' });
    expect(missing.statusCode).toBe(404);
    expectShape(missing.body, 'not_found');
  });

  it('static-file refusals (directory, bad range, failed precondition)', async () => {
    const dir = await t.app.inject({ url: '/assets/' });
    expectShape(dir.body, 'forbidden');
    const range = await t.app.inject({
      url: '/assets/app.js',
      headers: { range: 'bytes=999-1000' },
    });
    expect(range.statusCode).toBe(416);
    expectShape(range.body, 'range_not_satisfiable');
    const precondition = await t.app.inject({
      url: '/assets/app.js',
      headers: { 'if-match': '"nope"' },
    });
    expect(precondition.statusCode).toBe(412);
    expectShape(precondition.body, 'precondition_failed');
  });

  it('headers too large (431) and a malformed request (400) answered on the socket', async () => {
    const big = await rawRequest(
      port,
      `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expectShape(big.slice(big.indexOf('\r\n\r\n') + 4), 'headers_too_large');
    const garbage = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expectShape(garbage.slice(garbage.indexOf('\r\n\r\n') + 4), 'bad_request');
  });

  it(`a JSON body nested deeper than ${MAX_JSON_DEPTH} levels is a 400, also where records are imported`, async () => {
    const me = await signUp(t.app, 'deep@example.org');
    for (const url of ['/api/me/import', '/api/me/sync', '/api/match', '/api/auth/sign-in']) {
      const response = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', cookie: me.cookie },
        payload: `{"data":${deepJson(200)}}`,
      });
      expect(response.statusCode, url).toBe(400);
      expectShape(response.body, 'invalid_json');
    }
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });

  it('depth is counted outside strings only', () => {
    expect(jsonDepthExceeds(deepJson(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(jsonDepthExceeds(deepJson(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[[[[[[["\\"{{{{{{' }), 2)).toBe(false);
  });
});
