// The device's list of session logs with one session's log put in: replaced in place when its
// id is already there (the player saves as it goes), added last when new. Never a duplicate.
import type { SessionLog } from '../../core/contracts/session-log.js';

export function withSessionLog(
  logs: readonly SessionLog[] | null,
  log: SessionLog,
): readonly SessionLog[] {
  const kept = logs ?? [];
  const at = kept.findIndex((saved) => saved.id === log.id);
  if (at === -1) return [...kept, log];
  return kept.map((saved, index) => (index === at ? log : saved));
}
