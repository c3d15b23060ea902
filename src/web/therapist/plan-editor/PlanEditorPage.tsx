// /therapist/clients/:clientId/plan: the plan a therapist assigns. It starts from the plan
// assigned before, or from the plan Unknot suggests for this client; steps can be removed,
// moved, changed within the safe bounds and given notes. The server checks every step against
// the content and the client's safety answers, and a refusal names the step.
import { useEffect, useId, useRef, useState } from 'react';
import { endpoints } from '../../../core/contracts/endpoints.js';
import type { AssignedPlan } from '../../../core/contracts/therapist-work.js';
import { MAX_NOTE_CHARS } from '../../../core/contracts/therapist-work.js';
import { ApiFailure, callApi } from '../../api.js';
import { useAccount } from '../../auth/account-state.js';
import { newSessionId } from '../../device/random-id.js';
import { RequestOutcome } from '../../requests/Outcome.js';
import { useRequest } from '../../requests/use-request.js';
import { Link } from '../../router.js';
import { TwoFactorFirst } from '../TwoFactorFirst.js';
import { clientHandoutPath, clientPath } from '../therapist-paths.js';
import { AddStep } from './AddStep.js';
import {
  addMovementStep,
  addPointStep,
  assignedPlanBody,
  draftFrom,
  MAX_STEPS,
  moveStep,
  type PlanDraft,
  removeStep,
  setDose,
  setStepNote,
  setTechnique,
  setTool,
} from './plan-draft.js';
import { loadPlanStart, missingWords, type PlanStart } from './plan-start.js';
import { refusalProblems, type StepProblem } from './refusal-words.js';
import { StepEditor } from './StepEditor.js';
import '../../account/account.css';
import '../therapist.css';
import './plan-editor.css';

type Saved = { readonly plan: AssignedPlan } | null;

function Editor({ start, clientId }: { readonly start: PlanStart; readonly clientId: string }) {
  const name = start.client.displayName;
  const ids = { steps: useId(), plan: useId(), perWeek: useId(), note: useId(), problems: useId() };
  const suggestedSteps = start.suggestion.plan?.selfCareAllowed ? start.suggestion.plan.steps : [];
  const [planId] = useState(() => start.active?.id ?? newSessionId());
  const [draft, setDraft] = useState<PlanDraft>(() =>
    start.active
      ? draftFrom(start.active.steps, start.active.sessionsPerWeek, start.active.note)
      : draftFrom(suggestedSteps, start.suggestion.sessionsPerWeek),
  );
  const [problems, setProblems] = useState<readonly StepProblem[]>([]);
  const [saved, setSaved] = useState<Saved>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  const doneBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey === null) return;
    headings.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const change = (next: PlanDraft) => {
    setDraft(next);
    setSaved(null);
  };

  const save = async () => {
    if (busy) return;
    if (draft.steps.length === 0) {
      setProblems([{ key: null, text: 'Add at least one step before you save.' }]);
      return;
    }
    setBusy(true);
    setProblems([]);
    try {
      const plan = await callApi(endpoints.putAssignedPlan, {
        params: { clientId, planId },
        body: assignedPlanBody(draft),
      });
      setSaved({ plan });
      requestAnimationFrame(() => doneBox.current?.focus());
    } catch (error) {
      const fallback =
        error instanceof ApiFailure ? error.message : 'Unknot could not save the plan.';
      setProblems(
        refusalProblems(
          error instanceof ApiFailure ? error.details : undefined,
          fallback,
          draft.steps,
        ),
      );
      requestAnimationFrame(() => problemBox.current?.focus());
    }
    setBusy(false);
  };

  const problemFor = (key: string): string | null =>
    problems
      .filter((problem) => problem.key === key)
      .map((problem) => problem.text.replace(/^Step \d+, [^:]*: /, ''))
      .join(' ') || null;

  const missing = missingWords(start.suggestion.missing, name);
  const stopped = start.suggestion.plan !== null && !start.suggestion.plan.selfCareAllowed;

  return (
    <>
      <p className="lead">
        {start.active
          ? `The plan you gave ${name}. Change it and save; ${name} sees the new plan at once.`
          : `Unknot's suggestion for ${name}, from their latest pain map, safety check and the points you found. Change it as you see fit, then save to give it to ${name}.`}
      </p>
      {stopped ? (
        <p className="plan-editor__stop" role="note">
          {name}'s latest safety check stops self-care. A plan you save now stays on hold until a
          new check allows it.
        </p>
      ) : null}
      {missing === null ? null : <p className="plan-editor__missing">{missing}</p>}
      {start.active && suggestedSteps.length > 0 ? (
        <p>
          <button
            type="button"
            onClick={() => {
              change(draftFrom(suggestedSteps, draft.sessionsPerWeek, draft.note));
              setSaid("Started again from Unknot's suggestion. Nothing is saved yet.");
            }}
          >
            Start again from Unknot's suggestion
          </button>
        </p>
      ) : null}
      <section aria-labelledby={ids.steps}>
        <h2 id={ids.steps}>Steps, in order ({draft.steps.length})</h2>
        {draft.steps.length === 0 ? <p>No steps yet. Add one below.</p> : null}
        <ol className="plan-editor__steps">
          {draft.steps.map((entry, index) => (
            <li key={entry.key}>
              <StepEditor
                ref={(element) => {
                  if (element === null) headings.current.delete(entry.key);
                  else headings.current.set(entry.key, element);
                }}
                entry={entry}
                number={index + 1}
                count={draft.steps.length}
                problem={problemFor(entry.key)}
                onTechnique={(id) => change(setTechnique(draft, entry.key, id))}
                onTool={(tool) => change(setTool(draft, entry.key, tool))}
                onDose={(dose) => change(setDose(draft, entry.key, dose))}
                onNote={(note) => change(setStepNote(draft, entry.key, note))}
                onMove={(by) => {
                  change(moveStep(draft, entry.key, by));
                  setFocusKey(entry.key);
                  setSaid(`Moved ${entry.step.title} to place ${index + 1 + by}.`);
                }}
                onRemove={() => {
                  const next = draft.steps[index + 1] ?? draft.steps[index - 1];
                  change(removeStep(draft, entry.key));
                  setSaid(`Removed ${entry.step.title}.`);
                  if (next) setFocusKey(next.key);
                }}
              />
            </li>
          ))}
        </ol>
      </section>
      <AddStep
        full={draft.steps.length >= MAX_STEPS}
        onAddPoint={(id) => {
          const next = addPointStep(draft, id);
          change(next);
          const added = next.steps[next.steps.length - 1];
          if (added && next !== draft) {
            setFocusKey(added.key);
            setSaid(`Added ${added.step.title} as step ${next.steps.length}.`);
          }
        }}
        onAddMovement={(id) => {
          const next = addMovementStep(draft, id);
          change(next);
          const added = next.steps[next.steps.length - 1];
          if (added && next !== draft) {
            setFocusKey(added.key);
            setSaid(`Added ${added.step.title} as step ${next.steps.length}.`);
          }
        }}
      />
      <section className="card plan-editor__whole" aria-labelledby={ids.plan}>
        <h2 id={ids.plan}>The whole plan</h2>
        <p className="step-editor__field step-editor__number-field">
          <label htmlFor={ids.perWeek}>Sessions per week (1 to 14)</label>
          <input
            id={ids.perWeek}
            type="number"
            inputMode="numeric"
            min={1}
            max={14}
            value={draft.sessionsPerWeek}
            onChange={(event) => {
              const value = event.target.valueAsNumber;
              if (Number.isFinite(value)) {
                change({ ...draft, sessionsPerWeek: Math.min(14, Math.max(1, Math.round(value))) });
              }
            }}
          />
        </p>
        <p className="step-editor__field step-editor__note">
          <label htmlFor={ids.note}>Note for {name} (optional)</label>
          <textarea
            id={ids.note}
            rows={4}
            maxLength={MAX_NOTE_CHARS}
            value={draft.note}
            onChange={(event) =>
              change({ ...draft, note: event.target.value.slice(0, MAX_NOTE_CHARS) })
            }
          />
        </p>
      </section>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {problems.length > 0 ? (
        <div
          ref={problemBox}
          tabIndex={-1}
          className="plan-editor__problems"
          role="alert"
          aria-labelledby={ids.problems}
        >
          <h2 id={ids.problems}>The plan was not saved</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem.text}>{problem.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {saved ? (
        <div ref={doneBox} tabIndex={-1} className="plan-editor__saved" role="status">
          <p>
            Saved. {name} sees this plan on their home screen
            {saved.plan.onHold ? ', on hold until a new safety check allows it' : ''}.
          </p>
          <p>
            <Link href={clientHandoutPath(clientId)}>Print a handout of this plan</Link>
          </p>
        </div>
      ) : null}
      <p className="plan-editor__save">
        <button type="button" className="primary" onClick={save} disabled={busy}>
          {busy ? 'Saving…' : start.active ? 'Save changes' : `Give this plan to ${name}`}
        </button>
      </p>
    </>
  );
}

export function PlanEditorPage({ clientId }: { readonly clientId: string }) {
  const title = useId();
  const state = useRequest(
    `plan-start:${clientId}`,
    () => loadPlanStart(clientId),
    'Unknot could not load this plan.',
  );
  // Client data needs two-step sign-in on; say so instead of the server's refusal.
  const twoFactor = useAccount()?.twoFactor === false;
  return (
    <section className="page plan-editor" aria-labelledby={title}>
      <h1 id={title}>
        {state.status === 'ready'
          ? `Plan for ${state.value.client.displayName}`
          : 'Plan for your client'}
      </h1>
      {state.status === 'ready' ? (
        <Editor start={state.value} clientId={clientId} />
      ) : twoFactor ? (
        <TwoFactorFirst />
      ) : (
        <RequestOutcome
          state={state}
          loadingWords="Loading the plan…"
          className="plan-editor__loading"
        />
      )}
      <p className="account-back">
        <Link href={clientPath(clientId)}>Back to this client</Link>
      </p>
    </section>
  );
}
