// The weekly check-in form: average pain over the week, then up to three activities the person
// finds hard because of their back, each scored 0-10. Last time's activities come back filled
// in, since the same activities scored again are what show a change.
import { type FormEvent, useId, useState } from 'react';
import {
  type ActivityDraft,
  activityIdeas,
  type CheckInDraft,
  MOST_ACTIVITIES,
} from './check-in-draft.js';
import { ScoreChoice } from './ScoreChoice.js';
import './check-in.css';

export interface CheckInFormProps {
  /** This week's check-in when there is one: saving changes it. */
  readonly current: CheckInDraft | null;
  /** Activity names from the latest check-in, to score again. */
  readonly previousNames: readonly string[];
  readonly onSave: (draft: CheckInDraft) => Promise<{ text: string; problem: boolean }>;
}

const startingRows = (props: CheckInFormProps): ActivityDraft[] => {
  if (props.current) return props.current.activities.map((a) => ({ ...a }));
  const names = props.previousNames.slice(0, MOST_ACTIVITIES);
  return names.length > 0
    ? names.map((name) => ({ name, score: null }))
    : [{ name: '', score: null }];
};

export function CheckInForm(props: CheckInFormProps) {
  const ids = { ideas: useId(), activities: useId() };
  const [pain, setPain] = useState<number | null>(props.current?.averagePain ?? null);
  const [rows, setRows] = useState<ActivityDraft[]>(() => startingRows(props));
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const rowIds = [useId(), useId(), useId()];

  const change = (index: number, patch: Partial<ActivityDraft>) =>
    setRows((before) => before.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(await props.onSave({ averagePain: pain, activities: rows }));
    setBusy(false);
  };

  return (
    <form className="check-in" noValidate onSubmit={save}>
      <ScoreChoice
        legend="Your average pain over the past week"
        hint="0 is no pain. 10 is the worst pain you can imagine."
        value={pain}
        onChange={setPain}
      />
      <fieldset className="check-in__activities" aria-describedby={ids.activities}>
        <legend>Activities that are hard because of your back</legend>
        <p id={ids.activities} className="progress-hint">
          Up to three, in your own words. Use the same ones each week.
        </p>
        <datalist id={ids.ideas}>
          {activityIdeas.map((idea) => (
            <option key={idea} value={idea} />
          ))}
        </datalist>
        {rows.map((row, index) => (
          <div key={rowIds[index]} className="check-in__activity">
            <div className="progress-field">
              <label htmlFor={rowIds[index]}>Activity {index + 1}</label>
              <input
                id={rowIds[index]}
                type="text"
                list={ids.ideas}
                maxLength={80}
                value={row.name}
                onChange={(event) => change(index, { name: event.target.value })}
              />
            </div>
            <ScoreChoice
              legend={`How well can you do ${row.name.trim() || `activity ${index + 1}`} now?`}
              hint="0 is not at all. 10 is as well as before the pain."
              value={row.score}
              onChange={(score) => change(index, { score })}
            />
            {rows.length > 1 || row.name !== '' || row.score !== null ? (
              <button
                type="button"
                className="check-in__remove"
                onClick={() =>
                  setRows((before) =>
                    before.length > 1
                      ? before.filter((_, i) => i !== index)
                      : [{ name: '', score: null }],
                  )
                }
              >
                Remove activity {index + 1}
              </button>
            ) : null}
          </div>
        ))}
        {rows.length < MOST_ACTIVITIES ? (
          <button
            type="button"
            onClick={() => setRows((before) => [...before, { name: '', score: null }])}
          >
            Add an activity
          </button>
        ) : null}
      </fieldset>
      {message ? (
        <p
          className={message.problem ? 'progress-problem' : 'progress-done'}
          role={message.problem ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="primary big check-in__save">
        {busy
          ? 'Saving…'
          : props.current
            ? "Update this week's check-in"
            : "Save this week's check-in"}
      </button>
    </form>
  );
}
