// The one shape of a validation problem, `{path, code, message}` in plain words, made from Zod's
// issues. A domain check is a Zod refinement that names its code (`domainIssue`); the first
// such code becomes the error's code, else the error is a plain invalid_body.
import type { z } from 'zod';
import { err, ok, type Result } from '../result.js';
import type { ValidationIssueSchema } from './error.js';

/** `{path, code, message}`: path as in code (`regions[2].intensity`), message without it. */
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

/** The codes that a refinement may carry and that name the whole error. */
export type DomainCode = 'unknown_region' | 'unknown_question' | 'invalid_answer';

/** A refinement's issue carrying its domain code, at a path below the refined value. */
export const domainIssue = (
  code: DomainCode,
  message: string,
  path: PropertyKey[] = [],
): z.core.$ZodRawIssue => ({ code: 'custom', message, path, params: { code }, input: undefined });

/** Turns a Zod path into the form a person reads: regions[2].intensity. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const formatWords: Readonly<Record<string, string>> = {
  datetime: 'a date and time with its offset, like 2024-03-04T08:15:00Z',
  date: 'a date like 2024-03-04',
  email: 'an email address',
  uuid: 'a UUID',
};

const count = (n: number | bigint, one: string) => `${n} ${one}${Number(n) === 1 ? '' : 's'}`;

// Zod's own messages start like this; a schema's own words (a refinement's) are kept as they are.
const zodDefault = /^(Invalid|Too (big|small)|Unrecognized key)/;

function sizeWords(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = big ? issue.maximum : issue.minimum;
  const bound = big
    ? issue.inclusive === false
      ? 'less than'
      : 'at most'
    : issue.inclusive === false
      ? 'more than'
      : 'at least';
  if (issue.origin === 'array' || issue.origin === 'set')
    return `must list ${bound} ${count(limit, 'item')}`;
  if (issue.origin === 'string') return `must be ${bound} ${count(limit, 'character')} long`;
  return `must be ${bound} ${limit}`;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (!zodDefault.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      // Zod leaves the input out of its issues; its message still says what it received.
      return /received undefined$/.test(issue.message)
        ? 'is missing'
        : `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_big':
    case 'too_small':
      return sizeWords(issue);
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `must be ${formatWords[issue.format] ?? `in the ${issue.format} format`}`;
    case 'invalid_union':
      return 'does not have any of the expected forms';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return 'is not valid';
  }
}

/** One or more plain issues for one Zod issue (an unknown-keys issue names each key). */
function plainIssue(issue: z.core.$ZodIssue): ValidationIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: issuePath([...issue.path, key]),
      code: 'unknown_field',
      message: 'is not a field this request takes',
    }));
  }
  const domain =
    issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return [
    {
      path: issuePath(issue.path),
      code: typeof domain === 'string' ? domain : issue.code,
      message: plainMessage(issue),
    },
  ];
}

export const plainIssues = (issues: readonly z.core.$ZodIssue[]): ValidationIssue[] =>
  issues.flatMap(plainIssue);

const domainCodes: ReadonlySet<string> = new Set<DomainCode>([
  'unknown_region',
  'unknown_question',
  'invalid_answer',
]);

/** The error's code: the first domain code among the issues, else the fallback. */
export const leadingCode = <F extends string>(
  issues: readonly ValidationIssue[],
  fallback: F,
): DomainCode | F => (issues.find((i) => domainCodes.has(i.code))?.code as DomainCode) ?? fallback;

/** The error's sentence: the leading issue, with where it is. */
export function issuesMessage(issues: readonly ValidationIssue[]): string {
  const first = issues.find((i) => domainCodes.has(i.code)) ?? issues[0];
  if (!first) return 'The request does not have the expected shape.';
  return first.path === '' ? `The body ${first.message}` : `${first.path}: ${first.message}`;
}

/**
 * Checks any value with a contract schema, for code that is not behind the server (the web's
 * own plan, tests): the same issues and code the server would answer a 400 with.
 */
export function checkWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Result<z.output<S>, DomainCode | 'invalid_body'> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = plainIssues(parsed.error.issues);
  return err(leadingCode(issues, 'invalid_body'), issuesMessage(issues), { issues });
}
