// One describe block's app for route tests: started on the test database before the block's
// tests with the named people signed up (in the order given: the first becomes administrator),
// closed after. The objects are made at once and filled by the hook, so a test file may take
// `t` and `t.people.ana` apart at the top of its block and read them inside its tests.
import { afterAll, beforeAll } from 'vitest';
import type { TestDatabase } from '../../db/test-databases.js';
import type { BuildOptions } from '../app.js';
import {
  type AccountsTestApp,
  type SignedUp,
  signUp,
  startAccountsTestApp,
} from './test-accounts.js';

export type AppWithPeople<Name extends string> = AccountsTestApp & {
  readonly people: Readonly<Record<Name, SignedUp>>;
};

export function appWithPeople<const Name extends string>(
  target: TestDatabase,
  emails: Readonly<Record<Name, string>>,
  options: { readonly start?: Date; readonly build?: Partial<BuildOptions> } = {},
): AppWithPeople<Name> {
  const people = Object.fromEntries(
    Object.entries<string>(emails).map(([name, email]) => [name, { email }]),
  ) as Record<Name, SignedUp>;
  const t = { people } as AppWithPeople<Name>;
  beforeAll(async () => {
    Object.assign(t, await startAccountsTestApp(target, options.start, options.build ?? {}));
    for (const [name, email] of Object.entries<string>(emails)) {
      Object.assign(people[name as Name], await signUp(t.app, email));
    }
  });
  afterAll(async () => {
    await t.close();
  });
  return t;
}
