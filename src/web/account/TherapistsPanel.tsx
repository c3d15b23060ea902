// "Your therapists": whom this person shares their data with, since when, and "End sharing",
// which takes the therapist's access away at once (their next look finds nothing).

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { MyTherapists } from '../../core/contracts/therapists.js';
import { callApi } from '../api.js';

type MyTherapist = MyTherapists['items'][number];

import { accountProblem } from './account-words.js';
import { dayWords } from './when-words.js';

function TherapistItem(props: { readonly item: MyTherapist; readonly onEnd: () => Promise<void> }) {
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
        <strong>{name}</strong>, sharing since {dayWords(props.item.since)}
      </span>
      {asking ? (
        <span className="therapists__confirm">
          <span ref={question} tabIndex={-1}>
            {name} will no longer see your data, from now on. To share again you would need a new
            invitation.
          </span>
          <span className="account-actions">
            <button type="button" className="danger" onClick={props.onEnd}>
              Yes, end sharing
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Keep sharing
            </button>
          </span>
        </span>
      ) : (
        <button
          type="button"
          aria-label={`End sharing with ${name}`}
          onClick={() => setAsking(true)}
        >
          End sharing
        </button>
      )}
    </li>
  );
}

export function TherapistsPanel({ onChange }: { readonly onChange?: () => void }) {
  const ids = { title: useId() };
  const [items, setItems] = useState<readonly MyTherapist[] | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const load = useCallback(async () => {
    try {
      setItems((await callApi(endpoints.myTherapists)).items);
    } catch (error) {
      setMessage({ text: accountProblem(error), problem: true });
    }
  }, []);

  useEffect(() => {
    load();
  }, [load]);

  const end = async (item: MyTherapist) => {
    try {
      await callApi(endpoints.endTherapistLink, { params: { linkId: item.linkId } });
      setItems((list) => list?.filter((other) => other.linkId !== item.linkId) ?? null);
      setMessage({
        text: `Sharing with ${item.therapist.displayName} has ended.`,
        problem: false,
      });
      onChange?.();
    } catch (error) {
      setMessage({ text: accountProblem(error), problem: true });
    }
    await load();
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Your therapists</h2>
      {message ? (
        <p
          className={message.problem ? 'account-problem' : 'account-done'}
          role={message.problem ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      {items === null ? null : items.length === 0 ? (
        <p>
          You share your data with no therapist. A therapist can give you an invitation link; you
          decide after reading what they would see.
        </p>
      ) : (
        <>
          <p>
            These therapists can see your pain maps, safety check results, sessions, progress and
            check-ins. End it at any time.
          </p>
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
