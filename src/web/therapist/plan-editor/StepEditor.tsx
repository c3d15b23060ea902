// One step of the plan being edited: what it is, and the controls to change its technique,
// tool and dose within the safe bounds, write a note, move it up or down, or remove it. A
// step the server refused shows why, in plain words, right under its title.
import { forwardRef, useId } from 'react';
import { tools } from '../../../content/tools.js';
import { MAX_NOTE_CHARS } from '../../../core/contracts/therapist-work.js';
import { planDoseWords, stepKindWords, stepSideWords } from '../../plan/plan-words.js';
import { doseBounds } from './dose-bounds.js';
import type { DraftStep } from './plan-draft.js';
import { techniqueChoices } from './plan-draft.js';

const toolName = (id: string): string => tools.find((tool) => tool.id === id)?.name ?? id;

export interface StepEditorProps {
  readonly entry: DraftStep;
  readonly number: number;
  readonly count: number;
  readonly problem: string | null;
  readonly onTechnique: (techniqueId: string) => void;
  readonly onTool: (tool: string) => void;
  readonly onDose: (dose: { seconds?: number; reps?: number }) => void;
  readonly onNote: (note: string) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}

export const StepEditor = forwardRef<HTMLHeadingElement, StepEditorProps>(
  function StepEditor(props, heading) {
    const { entry, number } = props;
    const { step } = entry;
    const ids = {
      title: useId(),
      problem: useId(),
      technique: useId(),
      tool: useId(),
      seconds: useId(),
      reps: useId(),
      note: useId(),
    };
    const choices = techniqueChoices(step);
    const technique = choices.find((choice) => choice.id === step.technique);
    const toolChoices: readonly string[] = technique ? technique.tools : step.tools;
    const bounds = doseBounds(step);
    const side = stepSideWords(step.side);
    const name = `step ${number}, ${step.title}`;
    return (
      <article
        className={props.problem ? 'step-editor card is-refused' : 'step-editor card'}
        aria-labelledby={ids.title}
        aria-describedby={props.problem ? ids.problem : undefined}
      >
        <h3 id={ids.title} ref={heading} tabIndex={-1} className="step-editor__title">
          <span className="step-editor__number">{number}.</span> {step.title}
        </h3>
        <p className="step-editor__kind">
          {stepKindWords(step)}
          {side === null ? null : ` · ${side}`} · {planDoseWords(step)}
        </p>
        {props.problem ? (
          <p id={ids.problem} className="step-editor__problem">
            Not allowed: {props.problem}
          </p>
        ) : null}
        <div className="step-editor__fields">
          {choices.length > 1 ? (
            <p className="step-editor__field">
              <label htmlFor={ids.technique}>Technique</label>
              <select
                id={ids.technique}
                value={step.technique ?? ''}
                onChange={(event) => props.onTechnique(event.target.value)}
              >
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.name}
                  </option>
                ))}
              </select>
            </p>
          ) : null}
          {toolChoices.length > 1 ? (
            <p className="step-editor__field">
              <label htmlFor={ids.tool}>Tool</label>
              <select
                id={ids.tool}
                value={step.tools[0] ?? ''}
                onChange={(event) => props.onTool(event.target.value)}
              >
                {toolChoices.map((tool) => (
                  <option key={tool} value={tool}>
                    {toolName(tool)}
                  </option>
                ))}
              </select>
            </p>
          ) : (
            <p className="step-editor__field">
              Tool: {step.tools.length === 0 ? 'none' : step.tools.map(toolName).join(' and ')}
            </p>
          )}
          {bounds.seconds === null ? null : (
            <p className="step-editor__field step-editor__number-field">
              <label htmlFor={ids.seconds}>
                Seconds{step.dose.mode === 'position' ? ' in position' : ' each time'} (
                {bounds.seconds.min} to {bounds.seconds.max})
              </label>
              <input
                id={ids.seconds}
                type="number"
                inputMode="numeric"
                min={bounds.seconds.min}
                max={bounds.seconds.max}
                step={step.dose.mode === 'position' ? 30 : 5}
                value={step.dose.seconds}
                onChange={(event) => {
                  const value = event.target.valueAsNumber;
                  if (Number.isFinite(value)) props.onDose({ seconds: value });
                }}
              />
            </p>
          )}
          {bounds.reps === null ? null : (
            <p className="step-editor__field step-editor__number-field">
              <label htmlFor={ids.reps}>
                Times ({bounds.reps.min} to {bounds.reps.max})
              </label>
              <input
                id={ids.reps}
                type="number"
                inputMode="numeric"
                min={bounds.reps.min}
                max={bounds.reps.max}
                value={step.dose.reps}
                onChange={(event) => {
                  const value = event.target.valueAsNumber;
                  if (Number.isFinite(value)) props.onDose({ reps: value });
                }}
              />
            </p>
          )}
          <p className="step-editor__field step-editor__note">
            <label htmlFor={ids.note}>Note for this step (optional)</label>
            <textarea
              id={ids.note}
              rows={2}
              maxLength={MAX_NOTE_CHARS}
              value={entry.note}
              onChange={(event) => props.onNote(event.target.value)}
            />
          </p>
        </div>
        <p className="step-editor__actions">
          <button
            type="button"
            aria-label={`Move up: ${name}`}
            disabled={number === 1}
            onClick={() => props.onMove(-1)}
          >
            Move up
          </button>
          <button
            type="button"
            aria-label={`Move down: ${name}`}
            disabled={number === props.count}
            onClick={() => props.onMove(1)}
          >
            Move down
          </button>
          <button type="button" aria-label={`Remove: ${name}`} onClick={props.onRemove}>
            Remove
          </button>
        </p>
      </article>
    );
  },
);
