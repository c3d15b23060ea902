// The name others see: a therapist sees it in their list of clients, a client sees the
// therapist's. Changeable at any time.
import { type FormEvent, useId, useState } from 'react';
import type { Account } from '../../core/contracts/account.js';
import { MAX_DISPLAY_NAME_LENGTH } from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { callApi } from '../api.js';
import { accountRecord } from '../device/records.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { accountOutcome, accountProblem } from './account-words.js';
import { panelWords } from './panel-words.js';
import { TextField } from './TextField.js';

const words = panelWords.displayName;

export function DisplayNamePanel({ account }: { readonly account: Account }) {
  const ids = { title: useId() };
  const [name, setName] = useState(account.displayName);
  const action = useAction();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const displayName = name.trim();
    if (displayName === '') return action.say(words.empty);
    await action.run(() => callApi(endpoints.changeAccount, { body: { displayName } }), {
      done: (answer) => {
        accountRecord.write(answer.account);
        return words.saved;
      },
      problem: accountProblem,
    });
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{words.title}</h2>
      <form className="account-form" noValidate onSubmit={save}>
        <TextField
          label={words.label}
          autoComplete="name"
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          value={name}
          onChange={setName}
          hint={words.hint}
        />
        <ActionOutcome message={action.message} classes={accountOutcome} />
        <button type="submit">{words.save}</button>
      </form>
    </section>
  );
}
