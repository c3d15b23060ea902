// "Who has looked at your data": every read or change of this person's data by anyone else,
// newest first, in plain words with the date and time, a page at a time. `round` asks again
// after a change.
import { useId, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { AccessLogEntry } from '../../core/contracts/therapists.js';
import { callApi } from '../api.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { useLastAnswer, useRequest } from '../requests/use-request.js';
import { accessWords } from './access-log-words.js';
import { accountOutcome, accountProblem, accountWords } from './account-words.js';
import { panelWords } from './panel-words.js';
import { momentWords } from './when-words.js';

/** Lines a page: enough to see a week of a therapist's looks, short enough for a phone. */
const PAGE = 20;

const words = panelWords.accessLog;

interface Log {
  readonly items: readonly AccessLogEntry[];
  readonly nextCursor: string | null;
}

export function AccessLogPanel({ round = 0 }: { readonly round?: number }) {
  const ids = { title: useId() };
  const first = useRequest(
    `access-log ${round}`,
    () => callApi(endpoints.accessLog, { query: { limit: PAGE } }),
    accountWords.unknown,
  );
  // Older pages asked for here, after the first; a new first page starts them again.
  const [older, setOlder] = useState<{ readonly after: Log; readonly log: Log } | null>(null);
  const action = useAction();
  const firstPage = useLastAnswer(first);
  const log =
    firstPage === null ? null : older !== null && older.after === firstPage ? older.log : firstPage;

  const showOlder = () => {
    if (action.busy || firstPage === null || !log?.nextCursor) return;
    const cursor = log.nextCursor;
    return action.run(() => callApi(endpoints.accessLog, { query: { limit: PAGE, cursor } }), {
      done: (answer) => {
        setOlder({
          after: firstPage,
          log: { items: [...log.items, ...answer.items], nextCursor: answer.nextCursor },
        });
        return null;
      },
      problem: accountProblem,
    });
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{words.title}</h2>
      <ActionOutcome message={action.message} request={first} classes={accountOutcome} />
      {log === null ? null : log.items.length === 0 ? (
        <p>{words.nobody}</p>
      ) : (
        <>
          <p>{words.intro}</p>
          <ol className="access-log">
            {log.items.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the list only grows at its end
              <li key={`${entry.at}-${index}`}>
                <time dateTime={entry.at}>{momentWords(entry.at)}</time>: {accessWords(entry)}
              </li>
            ))}
          </ol>
          {log.nextCursor ? (
            <button type="button" onClick={showOlder}>
              {action.busy ? words.loading : words.older}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
