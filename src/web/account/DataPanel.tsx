// Your data: download everything as JSON, the sessions as CSV for a spreadsheet, and a FHIR R4
// Bundle for health record systems; bring a JSON export back, with what it added.
import { type ChangeEvent, useId } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import { ExportDocument, type ImportAnswer } from '../../core/contracts/export.js';
import type { RecordKey } from '../../core/contracts/records.js';
import { callApi } from '../api.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { listOfCounts } from '../sync/upload-words.js';
import { accountOutcome, accountProblem } from './account-words.js';

const downloads = [
  {
    href: '/api/me/export.json',
    file: 'unknot-export.json',
    text: 'Download everything (JSON)',
    hint: 'All you keep here, in one file you can bring back later.',
  },
  {
    href: '/api/me/sessions.csv',
    file: 'unknot-sessions.csv',
    text: 'Download your sessions (CSV)',
    hint: 'One row per point per session, for a spreadsheet.',
  },
  {
    href: '/api/me/export.fhir.json',
    file: 'unknot-fhir.json',
    text: 'Download for health records (FHIR)',
    hint: 'Pain scores and check-ins in the FHIR R4 format that clinics use.',
  },
] as const;

/** "Brought back 3 sessions and 1 plan. 2 sessions were already here." */
export function importSummary(answer: ImportAnswer): string {
  const keys = Object.keys(answer).filter((key) => key !== 'reminders') as RecordKey[];
  const added = Object.fromEntries(keys.map((k) => [k, answer[k].created + answer[k].updated]));
  const already = Object.fromEntries(keys.map((k) => [k, answer[k].unchanged]));
  const addedText = listOfCounts(added);
  const alreadyText = listOfCounts(already);
  const first = addedText === '' ? 'Nothing new to bring back.' : `Brought back ${addedText}.`;
  const second = alreadyText === '' ? '' : ` Already here, so not doubled: ${alreadyText}.`;
  const reminders = answer.reminders === 'saved' ? ' Your reminders were set from the file.' : '';
  return `${first}${second}${reminders}`;
}

async function readExport(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Thrown when the chosen file is not an export document; never sent to the server. */
const notAnExport = new Error('not an Unknot export');

export function DataPanel() {
  const ids = { title: useId(), file: useId(), hint: useId() };
  const action = useAction();

  const bringBack = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file || action.busy) return;
    action.say('Reading the file…', false);
    await action.run(
      async () => {
        const document = ExportDocument.safeParse(await readExport(file));
        if (!document.success) throw notAnExport;
        return callApi(endpoints.import, { body: document.data });
      },
      {
        done: importSummary,
        problem: (error) =>
          error === notAnExport
            ? 'This file is not an Unknot export. Pick the JSON file that "Download everything" gave you.'
            : accountProblem(error),
      },
    );
    input.value = '';
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Your data</h2>
      <p>Your data is yours. Take a copy whenever you like.</p>
      <ul className="account-downloads">
        {downloads.map((item) => (
          <li key={item.href}>
            <a className="button" href={item.href} download={item.file}>
              {item.text}
            </a>
            <span className="account-hint">{item.hint}</span>
          </li>
        ))}
      </ul>
      <div className="account-field">
        <label htmlFor={ids.file}>Bring back a JSON export</label>
        <input
          id={ids.file}
          type="file"
          accept="application/json,.json"
          onChange={bringBack}
          aria-describedby={ids.hint}
        />
        <p id={ids.hint} className="account-hint">
          Records already in your account are not doubled.
        </p>
      </div>
      <ActionOutcome message={action.message} classes={accountOutcome} />
    </section>
  );
}
