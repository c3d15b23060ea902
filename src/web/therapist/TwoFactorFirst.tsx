// What a therapist without two-step sign-in sees instead of clients: why it is needed, in
// plain words, and the way to turn it on.
import { Link } from '../router.js';
import { twoFactorSetupPath } from './therapist-paths.js';

export function TwoFactorFirst() {
  return (
    <div className="account-card account-card--warn">
      <h2>First, turn on two-step sign-in</h2>
      <p>
        Your clients trust you with their health data. Before you can see any client, your account
        needs two-step sign-in: a code from an app on your phone, as well as your password. Then a
        stolen password alone cannot open their data.
      </p>
      <p>It takes about two minutes. You need a phone with an authenticator app.</p>
      <p>
        <Link href={twoFactorSetupPath} className="button primary">
          Set up two-step sign-in
        </Link>
      </p>
    </div>
  );
}
