// "Who has looked at your data": every read or change of this person's data by anyone else,
// newest first, in plain words with the date and time, a page at a time. `round` asks again
// after a change.
import { useEffect, useId, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { AccessLogEntry } from '../../core/contracts/therapists.js';
import { callApi } from '../api.js';
import { accessWords } from './access-log-words.js';
import { accountProblem } from './account-words.js';
import { momentWords } from './when-words.js';

/** Lines a page: enough to see a week of a therapist's looks, short enough for a phone. */
const PAGE = 20;

interface Log {
  readonly items: readonly AccessLogEntry[];
  readonly nextCursor: string | null;
}

export function AccessLogPanel({ round = 0 }: { readonly round?: number }) {
  const ids = { title: useId() };
  const [log, setLog] = useState<Log | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round asks the server again
  useEffect(() => {
    let current = true;
    callApi(endpoints.accessLog, { query: { limit: PAGE } }).then(
      (answer) => {
        if (current) setLog(answer);
      },
      (error) => {
        if (current) setProblem(accountProblem(error));
      },
    );
    return () => {
      current = false;
    };
  }, [round]);

  const older = async () => {
    if (busy || !log?.nextCursor) return;
    setBusy(true);
    try {
      const answer = await callApi(endpoints.accessLog, {
        query: { limit: PAGE, cursor: log.nextCursor },
      });
      setLog({ items: [...log.items, ...answer.items], nextCursor: answer.nextCursor });
    } catch (error) {
      setProblem(accountProblem(error));
    }
    setBusy(false);
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Who has looked at your data</h2>
      {problem ? (
        <p className="account-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {log === null ? null : log.items.length === 0 ? (
        <p>Nobody but you has looked at your data.</p>
      ) : (
        <>
          <p>Newest first. Everything anyone but you has looked at or changed is listed here.</p>
          <ol className="access-log">
            {log.items.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the list only grows at its end
              <li key={`${entry.at}-${index}`}>
                <time dateTime={entry.at}>{momentWords(entry.at)}</time>: {accessWords(entry)}
              </li>
            ))}
          </ol>
          {log.nextCursor ? (
            <button type="button" onClick={older}>
              {busy ? 'Loading…' : 'Show older entries'}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
