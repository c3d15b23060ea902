// /admin: who may make an account (SIGNUPS), the administrator's list of accounts (never
// health data) and the one thing it changes there, a person's role. Making a therapist a
// person again ends its access to every client at once, so that asks first.

import { useCallback, useEffect, useId, useState } from 'react';
import type { AccountRole as Role } from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { AdminAccount } from '../../core/contracts/therapists.js';
import { accountProblem } from '../account/account-words.js';
import { dayWords, momentWords } from '../account/when-words.js';
import { callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import { Link } from '../router.js';
import { AccountRow } from './AccountRow.js';
import { SignUpSetting } from './SignUpSetting.js';
import './admin.css';

export function AdminPage() {
  const account = useAccount();
  const ids = { title: useId() };
  const [accounts, setAccounts] = useState<readonly AdminAccount[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const allowed = account?.isAdmin === true;

  const load = useCallback(async () => {
    try {
      const answer = await callApi(endpoints.adminAccounts);
      setAccounts(answer.items);
    } catch (error) {
      setProblem(accountProblem(error));
    }
  }, []);

  useEffect(() => {
    if (allowed) load();
  }, [allowed, load]);

  const changeRole = async (target: AdminAccount, role: Role) => {
    setProblem(null);
    setDone(null);
    try {
      // The answer's shape is the server's; the list is read again so every column is fresh.
      await callApi(endpoints.setAccountRole, { params: { accountId: target.id }, body: { role } });
      await load();
      setDone(
        role === 'therapist'
          ? `${target.email} is now a therapist.`
          : `${target.email} is a person again. Their access to every client has ended.`,
      );
    } catch (error) {
      setProblem(accountProblem(error));
      await load();
    }
  };

  if (!allowed) {
    return (
      <section className="page admin-page" aria-labelledby={ids.title}>
        <h1 id={ids.title}>Administration</h1>
        <p>Only the administrator of this Unknot server can see this page.</p>
        <p>
          <Link href="/account">Go to your account</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="page admin-page" aria-labelledby={ids.title}>
      <h1 id={ids.title}>Administration</h1>
      <SignUpSetting />
      <h2>Accounts</h2>
      <p>
        Every account on this server. You see who they are and when they last signed in, never their
        health data. A therapist can see a client's data only after that client says yes.
      </p>
      {done ? (
        <p className="account-done" role="status">
          {done}
        </p>
      ) : null}
      {problem ? (
        <p className="account-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {accounts === null ? (
        problem ? null : (
          <p role="status">Loading the accounts…</p>
        )
      ) : (
        <table className="admin-table">
          <caption>Accounts on this server</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Made</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((row) => (
              <AccountRow
                key={row.id}
                row={row}
                made={dayWords(row.createdAt)}
                lastSignIn={row.lastSignInAt ? momentWords(row.lastSignInAt) : 'Never'}
                onRole={(role) => changeRole(row, role)}
              />
            ))}
          </tbody>
        </table>
      )}
      <p className="account-back">
        <Link href="/account">Back to your account</Link>
      </p>
    </section>
  );
}
