// What a server use-case needs from the outside: the database and the clock.
import type { Db } from '../../db/schema.js';
import type { Clock } from '../auth/clock.js';

export interface UseCaseDeps {
  readonly db: Db;
  readonly clock: Clock;
}
