// "Who has looked at your data": every read or change of this person's data by anyone else,
// newest first, in plain words with the date and time. `round` asks again after a change.

import { useEffect, useId, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { AccessLogEntry } from '../../core/contracts/therapists.js';
import { callApi } from '../api.js';
import { momentWords } from '../therapist/when-words.js';
import { accessWords } from './access-log-words.js';
import { accountProblem } from './account-words.js';

/** A long log folds after this many lines, the rest one tap away. */
const FIRST_SHOWN = 10;

export function AccessLogPanel({ round = 0 }: { readonly round?: number }) {
  const ids = { title: useId() };
  const [items, setItems] = useState<readonly AccessLogEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round asks the server again
  useEffect(() => {
    let current = true;
    callApi(endpoints.accessLog, { query: { limit: 100 } }).then(
      (answer) => {
        if (current) setItems(answer.items);
      },
      (error) => {
        if (current) setProblem(accountProblem(error));
      },
    );
    return () => {
      current = false;
    };
  }, [round]);

  const line = (entry: AccessLogEntry, index: number) => (
    <li key={`${entry.at}-${index}`}>
      <time dateTime={entry.at}>{momentWords(entry.at)}</time>: {accessWords(entry)}
    </li>
  );

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Who has looked at your data</h2>
      {problem ? (
        <p className="account-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {items === null ? null : items.length === 0 ? (
        <p>Nobody but you has looked at your data.</p>
      ) : (
        <>
          <p>Newest first. Everything anyone but you has looked at or changed is listed here.</p>
          <ol className="access-log">{items.slice(0, FIRST_SHOWN).map(line)}</ol>
          {items.length > FIRST_SHOWN ? (
            <details className="account-details">
              <summary>Show {items.length - FIRST_SHOWN} older</summary>
              <ol className="access-log" start={FIRST_SHOWN + 1}>
                {items.slice(FIRST_SHOWN).map((entry, i) => line(entry, i + FIRST_SHOWN))}
              </ol>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
