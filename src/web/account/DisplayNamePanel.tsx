// The name others see: a therapist sees it in their list of clients, a client sees the
// therapist's. Changeable at any time.

import { type FormEvent, useId, useState } from 'react';
import type { Account } from '../../core/contracts/account.js';
import { MAX_DISPLAY_NAME_LENGTH } from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { callApi } from '../api.js';
import { accountRecord } from '../device/records.js';
import { accountProblem } from './account-words.js';

export function DisplayNamePanel({ account }: { readonly account: Account }) {
  const ids = { title: useId(), name: useId(), hint: useId() };
  const [name, setName] = useState(account.displayName);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const displayName = name.trim();
    if (displayName === '') {
      setMessage({ text: 'Type the name you want others to see.', problem: true });
      return;
    }
    try {
      const answer = await callApi(endpoints.changeAccount, { body: { displayName } });
      accountRecord.write(answer.account);
      setMessage({ text: 'Your name is saved.', problem: false });
    } catch (error) {
      setMessage({ text: accountProblem(error), problem: true });
    }
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Your name</h2>
      <form className="account-form" noValidate onSubmit={save}>
        <div className="account-field">
          <label htmlFor={ids.name}>Name others see</label>
          <input
            id={ids.name}
            type="text"
            autoComplete="name"
            maxLength={MAX_DISPLAY_NAME_LENGTH}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={ids.hint}
          />
          <p id={ids.hint} className="account-hint">
            Seen by this server's administrator, and by a therapist only if you choose to share with
            one.
          </p>
        </div>
        {message ? (
          <p
            className={message.problem ? 'account-problem' : 'account-done'}
            role={message.problem ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        ) : null}
        <button type="submit">Save name</button>
      </form>
    </section>
  );
}
