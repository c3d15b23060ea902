// For the fuzz test: hostile HTTP requests for one operation of the OpenAPI document (wrong
// types, huge and deep bodies, prototype keys, bad ids and query strings, wrong content types),
// mixed with valid ones from its schemas so the handlers behind the checks are reached too.
import fc from 'fast-check';
import { arbitraryFor, type JsonSchema } from './schema-arbitrary.js';

export interface Operation {
  readonly path: string;
  readonly method: string;
  readonly body: JsonSchema | null;
  readonly query: readonly { readonly name: string; readonly schema: JsonSchema }[];
}

export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly contentType: string | null;
  readonly payload: string | undefined;
  readonly signedIn: boolean;
}

/** The operations of an OpenAPI 3.1 document, as this module needs them. */
export function operationsOf(doc: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as {
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        parameters?: { in: string; name: string; schema: JsonSchema }[];
      };
      operations.push({
        path,
        method: method.toUpperCase(),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        query: (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema })),
      });
    }
  }
  return operations;
}

const huge = 'x'.repeat(100_000);
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    1e17,
    -1,
    1e308,
    -1e308,
    0.5,
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '',
    huge,
    '__proto__',
    [],
    {},
    null,
    true,
    '\u0000',
    '../../etc/passwd',
    Array.from({ length: 5000 }, () => 0),
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '',
    '{',
    'null',
    '[]',
    '"text"',
    '12',
    nested(20),
    nested(40),
    `[${'['.repeat(300)}${']'.repeat(300)}]`,
    JSON.stringify({ filler: 'y'.repeat(1_100_000) }),
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
  ),
  fc.string({ maxLength: 60 }),
);

const prototypeKeys = '"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}},';

function bodyFor(schema: JsonSchema | null): fc.Arbitrary<string> {
  if (!schema) return hostileBody;
  const valid = arbitraryFor(schema);
  const mutated = fc
    .tuple(valid, fc.string({ maxLength: 12 }), hostileValue, fc.nat())
    .map(([value, extraKey, bad, pick]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad;
      const keys = Object.keys(value);
      const key = keys.length > 0 && pick % 3 !== 0 ? keys[pick % keys.length]! : extraKey;
      return { ...value, [key]: bad };
    });
  return fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: valid.map((v) => JSON.stringify(v)) },
        { weight: 4, arbitrary: mutated.map((v) => JSON.stringify(v)) },
        { weight: 2, arbitrary: hostileBody },
      ),
      fc.nat(9),
    )
    .map(([text, roll]) =>
      // Sometimes add prototype keys as raw JSON text (an object literal could not hold them).
      roll === 0 && text.startsWith('{') && text.length > 2
        ? `{${prototypeKeys}${text.slice(1)}`
        : text,
    );
}

const idSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom(
    'a'.repeat(300),
    '%00',
    '..%2F..%2Fetc%2Fpasswd',
    '__proto__',
    'constructor',
    '00000000-0000-0000-0000-000000000000',
    '%E0%A4%A',
    '',
  ),
);

function queryFor(op: Operation): fc.Arbitrary<string> {
  const documented = op.query.map(({ name, schema }) =>
    fc
      .oneof(arbitraryFor(schema), hostileValue)
      .map((v) => `${name}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`),
  );
  const extra = fc.oneof(
    fc.constantFrom(
      '__proto__[isAdmin]=true',
      'constructor[prototype][x]=1',
      'now=0001-01-01T00:00:00Z',
      'now=9999-12-31T00:00:00Z',
      'limit=-1',
      'limit=1e9',
      'cursor=%00',
      'a=1&a=2&a=3',
      `q=${'z'.repeat(5000)}`,
    ),
    fc
      .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }))
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
  );
  return fc
    .array(fc.oneof(...(documented.length > 0 ? documented : [extra]), extra), { maxLength: 4 })
    .map((parts) => (parts.length > 0 ? `?${parts.join('&')}` : ''));
}

const contentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-16',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
    ),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

const otherMethod = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');

export function requestsFor(op: Operation): fc.Arbitrary<FuzzRequest> {
  const endsSession = op.path.startsWith('/api/auth/sign-out');
  return fc
    .record({
      method: fc.oneof(
        { weight: 9, arbitrary: fc.constant(op.method) },
        { weight: 1, arbitrary: otherMethod },
      ),
      id: idSegment,
      query: queryFor(op),
      contentType,
      body: bodyFor(op.body),
      withBody: fc.oneof(
        { weight: 9, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      // Signing out ends the fuzz's session and signing in again costs a password hash: the
      // sign-out routes get the signed-in case less often.
      signedIn: fc.oneof(
        { weight: endsSession ? 1 : 9, arbitrary: fc.constant(true) },
        { weight: endsSession ? 19 : 1, arbitrary: fc.constant(false) },
      ),
    })
    .map((r) => {
      const sendsBody = r.withBody && r.method !== 'GET' && r.method !== 'HEAD';
      return {
        method: r.method,
        url: op.path.replace(/\{[^}]+\}/g, r.id) + r.query,
        contentType: sendsBody ? r.contentType : null,
        payload: sendsBody ? r.body : undefined,
        signedIn: r.signedIn,
      };
    });
}
