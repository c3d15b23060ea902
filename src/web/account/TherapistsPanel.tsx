// "Your therapists": whom this person shares their data with, since when, and "End sharing",
// which takes the therapist's access away at once (their next look finds nothing).
import { useEffect, useId, useRef, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { MyTherapists } from '../../core/contracts/therapists.js';
import { callApi } from '../api.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { useLastAnswer, useRequest } from '../requests/use-request.js';
import { accountOutcome, accountProblem, accountWords } from './account-words.js';
import { panelWords } from './panel-words.js';
import { dayWords } from './when-words.js';

type MyTherapist = MyTherapists['items'][number];

const words = panelWords.therapists;

function TherapistItem(props: { readonly item: MyTherapist; readonly onEnd: () => unknown }) {
  const [asking, setAsking] = useState(false);
  const name = props.item.therapist.displayName;
  const question = useRef<HTMLSpanElement>(null);

  // The question appears where the button was: reading it comes first.
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  return (
    <li className="therapists__item">
      <span>
        <strong>{name}</strong>
        {words.sharingSince} {dayWords(props.item.since)}
      </span>
      {asking ? (
        <span className="therapists__confirm">
          <span ref={question} tabIndex={-1}>
            {words.endQuestion(name)}
          </span>
          <span className="account-actions">
            <button type="button" className="danger" onClick={props.onEnd}>
              {words.confirmEnd}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {words.keep}
            </button>
          </span>
        </span>
      ) : (
        <button type="button" aria-label={words.endWith(name)} onClick={() => setAsking(true)}>
          {words.end}
        </button>
      )}
    </li>
  );
}

export function TherapistsPanel({ onChange }: { readonly onChange?: () => void }) {
  const ids = { title: useId() };
  const [round, setRound] = useState(0);
  const asked = useRequest(
    `my-therapists ${round}`,
    () => callApi(endpoints.myTherapists),
    accountWords.unknown,
  );
  // The list stays on screen while it is asked for again; a link ended here leaves it at once.
  const shown = useLastAnswer(asked)?.items ?? null;
  const [ended, setEnded] = useState<readonly string[]>([]);
  const items = shown?.filter((item) => !ended.includes(item.linkId)) ?? null;
  const action = useAction();

  const end = (item: MyTherapist) =>
    action.run(() => callApi(endpoints.endTherapistLink, { params: { linkId: item.linkId } }), {
      done: () => {
        setEnded((before) => [...before, item.linkId]);
        onChange?.();
        setRound((n) => n + 1);
        return words.ended(item.therapist.displayName);
      },
      problem: (error) => {
        setRound((n) => n + 1);
        return accountProblem(error);
      },
    });

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{words.title}</h2>
      <ActionOutcome message={action.message} request={asked} classes={accountOutcome} />
      {items === null ? null : items.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <>
          <p>{words.whatTheySee}</p>
          <ul className="therapists">
            {items.map((item) => (
              <TherapistItem key={item.linkId} item={item} onEnd={() => end(item)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
