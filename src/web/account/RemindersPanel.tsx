// Reminders: the days and the time, in this device's time zone, saved to the account; a
// calendar file that repeats them in any calendar app; and an in-app reminder on a visit.
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ReminderSettings, Weekday } from '../../core/contracts/records.js';
import { weekdays } from '../../core/reminders/index.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { useRequest } from '../requests/use-request.js';
import { accountOutcome, accountProblem, accountWords } from './account-words.js';
import { panelWords } from './panel-words.js';
import { browserTimeZone } from './reminder-due.js';
import { dayNames, loadReminders, saveReminders, turnRemindersOff } from './reminder-settings.js';

const words = panelWords.reminders;

export function RemindersPanel() {
  const loaded = useRequest('reminders', loadReminders, accountWords.unknown);
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

  // The settings the account holds fill the form once they come; a failure is said where
  // the form's own messages go.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the request settles
  useEffect(() => {
    if (loaded.status === 'ready') fill(loaded.value);
    if (loaded.status === 'failed') action.say(loaded.message);
  }, [loaded.status, action.say]);

  const toggle = (day: Weekday, on: boolean) =>
    setDays((before) => weekdays.filter((d) => (d === day ? on : before.includes(d))));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    if (days.length === 0) return action.say(words.pickDay);
    await action.run(() => saveReminders({ days: [...days], time, timeZone }), {
      done: (settings) => {
        fill(settings);
        return words.saved;
      },
      problem: accountProblem,
    });
  };

  const stop = () =>
    action.run(turnRemindersOff, {
      done: () => {
        fill(null);
        return words.off;
      },
      problem: accountProblem,
    });

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{words.title}</h2>
      <p>{words.intro}</p>
      {loaded.status === 'loading' ? <p role="status">{words.loading}</p> : null}
      <form className="account-form" noValidate onSubmit={save}>
        <fieldset className="reminder-days">
          <legend>{words.days}</legend>
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
          <label htmlFor={ids.time}>{words.time}</label>
          <input
            id={ids.time}
            type="time"
            required
            value={time}
            onChange={(event) => setTime(event.target.value || '08:00')}
            aria-describedby={ids.zone}
          />
          <p id={ids.zone} className="account-hint">
            {words.timeZone(timeZone)}
          </p>
        </div>
        <ActionOutcome message={action.message} classes={accountOutcome} />
        <div className="account-actions">
          <button type="submit" className="primary">
            {action.busy ? words.saving : words.save}
          </button>
          {saved ? (
            <button type="button" onClick={stop}>
              {words.turnOff}
            </button>
          ) : null}
        </div>
      </form>
      {saved ? (
        <div className="account-download">
          <a className="button" href="/api/me/reminders.ics" download="unknot-reminders.ics">
            {words.calendar}
          </a>
          <p className="account-hint">
            {words.calendarHint(saved.days.map((day) => dayNames[day]).join(', '), saved.time)}
          </p>
        </div>
      ) : null}
    </section>
  );
}
