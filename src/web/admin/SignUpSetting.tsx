// The administrator's choice of who may make an account (open, by invitation, closed). A
// choice made here overrides the server's SIGNUPS setting, and the section says which one is
// in force and where it comes from.
import { type FormEvent, useId, useState } from 'react';
import type { AdminSettings, SignUpMode } from '../../core/contracts/admin-settings.js';
import { signUpModes } from '../../core/contracts/admin-settings.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { accountProblem } from '../account/account-words.js';
import { callApi } from '../api.js';
import { ActionOutcome, RequestOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { useRequest } from '../requests/use-request.js';

const modeWords: Record<SignUpMode, { readonly name: string; readonly hint: string }> = {
  open: { name: 'Open', hint: 'Anyone who can reach this server can make an account.' },
  invite: {
    name: 'By invitation',
    hint: 'Only people a therapist invites can make an account.',
  },
  closed: {
    name: 'Closed',
    hint: 'No one can make an account with the sign-up form.',
  },
};

function whereFrom(settings: AdminSettings): string {
  const { mode, from, environment } = settings.signups;
  if (from === 'administrator') {
    return `You chose this here. It overrides the server's SIGNUPS setting, which says "${modeWords[environment].name}".`;
  }
  return `This comes from the server's SIGNUPS setting ("${modeWords[mode].name}"). A choice you save here overrides it.`;
}

export function SignUpSetting() {
  const ids = { title: useId(), from: useId(), name: useId() };
  const request = useRequest(
    'admin-settings',
    () => callApi(endpoints.adminSettings),
    'The sign-up setting could not be loaded.',
  );
  const [saved, setSaved] = useState<AdminSettings | null>(null);
  const [choice, setChoice] = useState<SignUpMode | null>(null);
  const action = useAction();
  const settings = saved ?? (request.status === 'ready' ? request.value : null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    const signups = choice ?? settings.signups.mode;
    void action.run(() => callApi(endpoints.changeAdminSettings, { body: { signups } }), {
      done: (answer) => {
        setSaved(answer);
        setChoice(null);
        return `Saved. Sign-up is now: ${modeWords[answer.signups.mode].name}.`;
      },
      problem: accountProblem,
    });
  };

  return (
    <section className="admin-signups" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Who may make an account</h2>
      {settings === null ? (
        <RequestOutcome
          state={request}
          loadingWords="Loading the sign-up setting…"
          className="admin-signups__loading"
        />
      ) : (
        <form onSubmit={save}>
          <fieldset className="admin-signups__choices" aria-describedby={ids.from}>
            <legend>Sign-up on this server</legend>
            <p id={ids.from} className="admin-signups__from">
              {whereFrom(settings)}
            </p>
            {signUpModes.map((mode) => (
              <label key={mode} className="admin-signups__choice">
                <input
                  type="radio"
                  name={ids.name}
                  value={mode}
                  checked={(choice ?? settings.signups.mode) === mode}
                  onChange={() => setChoice(mode)}
                />
                <span>
                  <span className="admin-signups__name">{modeWords[mode].name}</span>
                  <span className="admin-signups__hint">{modeWords[mode].hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={action.busy}>
            Save who may sign up
          </button>
          <ActionOutcome
            message={action.message}
            classes={{ problem: 'account-problem', done: 'account-done' }}
          />
        </form>
      )}
    </section>
  );
}
