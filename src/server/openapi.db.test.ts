import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../core/contracts/endpoints.js';
import { testDatabases } from '../db/test-databases.js';
import { startTestApp, type TestApp } from './test-app.js';

type Schema = Record<string, unknown>;
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

// Keys that only describe; a schema holding nothing else accepts anything.
const describing = new Set(['description', 'title', 'default', 'examples', 'deprecated']);
const isEmpty = (schema: Schema) => Object.keys(schema).every((key) => describing.has(key));

/** Every place below `schema` where a schema stands and says nothing (`{}`). */
function emptySchemas(schema: unknown, where: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const found = isEmpty(schema as Schema) ? [where] : [];
  const s = schema as Schema;
  const children: [string, unknown][] = [
    ...Object.entries((s.properties as Schema | undefined) ?? {}).map(
      ([key, child]) => [`${where}.${key}`, child] as [string, unknown],
    ),
    ...(['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const).flatMap((key) =>
      ((s[key] as unknown[] | undefined) ?? []).map(
        (child, i) => [`${where}.${key}[${i}]`, child] as [string, unknown],
      ),
    ),
    ...(s.items ? [[`${where}[]`, s.items] as [string, unknown]] : []),
  ];
  return [...found, ...children.flatMap(([at, child]) => emptySchemas(child, at))];
}

const [first] = testDatabases();

describe('GET /api/openapi.json', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    t = await startTestApp(first!);
    paths = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
  });
  afterAll(async () => {
    await t.close();
  });

  const operations = () =>
    Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  it('documents every endpoint of the table, and nothing the table does not hold', () => {
    const documented = operations().map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    const table = allEndpoints
      .filter((e) => !e.hide)
      .map((e) => `${e.method} ${e.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(table.sort());
  });

  it('gives every route a schema for its successful answer (a 204 has no body to describe)', () => {
    const without = operations().filter(({ operation }) => {
      const success = Object.entries(operation.responses ?? {}).filter(([status]) =>
        status.startsWith('2'),
      );
      return !success.some(
        ([status, response]) =>
          status === '204' ||
          Object.values(response.content ?? {}).some((media) => media.schema !== undefined),
      );
    });
    expect(without.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('has no schema that says nothing ({}), in any answer or request body', () => {
    const empty = operations().flatMap(({ method, path, operation }) => {
      const bodies = [
        ...Object.entries(operation.responses ?? {}).map(
          ([status, response]) => [status, response.content] as const,
        ),
        ['request', operation.requestBody?.content] as const,
      ];
      return bodies.flatMap(([which, content]) =>
        Object.values(content ?? {}).flatMap((media) =>
          emptySchemas(media.schema ?? {}, `${method} ${path} ${which}`),
        ),
      );
    });
    expect(empty).toEqual([]);
  });
});
