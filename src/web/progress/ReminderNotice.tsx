// The in-app reminder on the progress page: a reminder time has come with no session since.
// One tap starts the session; "Not now" hides it until the next reminder time.
import { dismissReminder, useDueReminder } from '../account/use-due-reminder.js';
import { planRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link } from '../router.js';

export function ReminderNotice() {
  const due = useDueReminder();
  const plan = useDeviceRecord(planRecord);
  if (due === null) return null;
  return (
    <aside className="reminder-notice" aria-label="Reminder">
      <p>
        <strong>It is time for your session.</strong> A few minutes now keeps your progress going.
      </p>
      <div className="reminder-notice__actions">
        <Link href={plan ? '/session' : '/'} className="button primary">
          {plan ? "Start today's session" : 'Go to the start'}
        </Link>
        <button type="button" onClick={() => dismissReminder(due)}>
          Not now
        </button>
      </div>
    </aside>
  );
}
