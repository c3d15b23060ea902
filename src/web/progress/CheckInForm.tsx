// The weekly check-in form: average pain over the week, then up to three activities the person
// finds hard because of their back, each scored 0-10. Last time's activities come back filled
// in, since the same activities scored again are what show a change.
import { type FormEvent, useId, useState } from 'react';
import { ActionOutcome } from '../requests/Outcome.js';
import { type ActionMessage, useAction } from '../requests/use-action.js';
import {
  type ActivityDraft,
  activityIdeas,
  type CheckInDraft,
  MOST_ACTIVITIES,
} from './check-in-draft.js';
import { checkInWords as words } from './check-in-words.js';
import { progressOutcome } from './progress-words.js';
import { ScoreChoice } from './ScoreChoice.js';
import './check-in.css';

export interface CheckInFormProps {
  /** This week's check-in when there is one: saving changes it. */
  readonly current: CheckInDraft | null;
  /** Activity names from the latest check-in, to score again. */
  readonly previousNames: readonly string[];
  /** Saves it, answering what to tell the person (a problem when the draft is not ready). */
  readonly onSave: (draft: CheckInDraft) => Promise<ActionMessage>;
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
  const action = useAction();
  const rowIds = [useId(), useId(), useId()];

  const change = (index: number, patch: Partial<ActivityDraft>) =>
    setRows((before) => before.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(() => props.onSave({ averagePain: pain, activities: rows }), {
      done: (message) => message,
      problem: () => words.notSaved,
    });
  };

  return (
    <form className="check-in" noValidate onSubmit={save}>
      <ScoreChoice
        legend={words.painLegend}
        hint={words.painHint}
        value={pain}
        onChange={setPain}
      />
      <fieldset className="check-in__activities" aria-describedby={ids.activities}>
        <legend>{words.activitiesLegend}</legend>
        <p id={ids.activities} className="progress-hint">
          {words.activitiesHint}
        </p>
        <datalist id={ids.ideas}>
          {activityIdeas.map((idea) => (
            <option key={idea} value={idea} />
          ))}
        </datalist>
        {rows.map((row, index) => (
          <div key={rowIds[index]} className="check-in__activity">
            <div className="progress-field">
              <label htmlFor={rowIds[index]}>{words.activity(index)}</label>
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
              legend={words.howWell(row.name, index)}
              hint={words.howWellHint}
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
                {words.remove(index)}
              </button>
            ) : null}
          </div>
        ))}
        {rows.length < MOST_ACTIVITIES ? (
          <button
            type="button"
            onClick={() => setRows((before) => [...before, { name: '', score: null }])}
          >
            {words.add}
          </button>
        ) : null}
      </fieldset>
      <ActionOutcome message={action.message} classes={progressOutcome} />
      <button type="submit" className="primary big check-in__save">
        {action.busy ? words.saving : props.current ? words.update : words.save}
      </button>
    </form>
  );
}
