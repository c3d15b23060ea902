// Reminders: the days and the time, in this device's time zone, saved to the account; a
// calendar file that repeats them in any calendar app; and an in-app reminder on a visit.
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ReminderSettings, Weekday } from '../../core/contracts/records.js';
import { weekdays } from '../../core/reminders/index.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { accountOutcome, accountProblem } from './account-words.js';
import { browserTimeZone } from './reminder-due.js';
import { dayNames, loadReminders, saveReminders, turnRemindersOff } from './reminder-settings.js';

type Load = 'loading' | 'ready' | 'failed';

export function RemindersPanel() {
  const [load, setLoad] = useState<Load>('loading');
  const [saved, setSaved] = useState<ReminderSettings | null>(null);
  const [days, setDays] = useState<readonly Weekday[]>([]);
  const [time, setTime] = useState('08:00');
  const action = useAction();
  const ids = { title: useId(), time: useId(), zone: useId() };
  const timeZone = browserTimeZone();

  const fill = (settings: ReminderSettings | null) => {
    setSaved(settings);
    if (settings) {
      setDays(settings.days);
      setTime(settings.time);
    }
  };

  useEffect(() => {
    let current = true;
    loadReminders().then(
      (settings) => {
        if (!current) return;
        setSaved(settings);
        if (settings) {
          setDays(settings.days);
          setTime(settings.time);
        }
        setLoad('ready');
      },
      (error: unknown) => {
        if (!current) return;
        action.say(accountProblem(error));
        setLoad('failed');
      },
    );
    return () => {
      current = false;
    };
  }, [action.say]);

  const toggle = (day: Weekday, on: boolean) =>
    setDays((before) => weekdays.filter((d) => (d === day ? on : before.includes(d))));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    if (days.length === 0) return action.say('Pick at least one day.');
    await action.run(() => saveReminders({ days: [...days], time, timeZone }), {
      done: (settings) => {
        fill(settings);
        return 'Reminders saved.';
      },
      problem: accountProblem,
    });
  };

  const stop = () =>
    action.run(turnRemindersOff, {
      done: () => {
        fill(null);
        return 'Reminders are off.';
      },
      problem: accountProblem,
    });

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Reminders</h2>
      <p>
        Pick the days and the time for your session. Unknot reminds you here when you open it, and
        gives you a file for your calendar app.
      </p>
      {load === 'loading' ? <p role="status">Loading your reminders…</p> : null}
      <form className="account-form" noValidate onSubmit={save}>
        <fieldset className="reminder-days">
          <legend>Days</legend>
          {weekdays.map((day) => (
            <label key={day} className="reminder-day">
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(event) => toggle(day, event.target.checked)}
              />
              {/* Short on screen, so a week fits a phone; the full name is what is read out. */}
              <span aria-hidden="true">{dayNames[day].slice(0, 3)}</span>
              <span className="sr-text">{dayNames[day]}</span>
            </label>
          ))}
        </fieldset>
        <div className="account-field">
          <label htmlFor={ids.time}>Time</label>
          <input
            id={ids.time}
            type="time"
            required
            value={time}
            onChange={(event) => setTime(event.target.value || '08:00')}
            aria-describedby={ids.zone}
          />
          <p id={ids.zone} className="account-hint">
            In your time zone: {timeZone.replaceAll('_', ' ')}.
          </p>
        </div>
        <ActionOutcome message={action.message} classes={accountOutcome} />
        <div className="account-actions">
          <button type="submit" className="primary">
            {action.busy ? 'Saving…' : 'Save reminders'}
          </button>
          {saved ? (
            <button type="button" onClick={stop}>
              Turn reminders off
            </button>
          ) : null}
        </div>
      </form>
      {saved ? (
        <div className="account-download">
          <a className="button" href="/api/me/reminders.ics" download="unknot-reminders.ics">
            Add to your calendar (.ics file)
          </a>
          <p className="account-hint">
            Open the file on your phone or computer. Your calendar app adds an event that repeats on{' '}
            {saved.days.map((day) => dayNames[day]).join(', ')} at {saved.time}.
          </p>
        </div>
      ) : null}
    </section>
  );
}
