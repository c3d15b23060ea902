// After a session that got much worse (or a point stopped twice for "too much"): asks whether
// something went wrong, takes a short report, gives plain advice, and leaves the step out.
import { type FormEvent, useId, useState } from 'react';
import { harmAdvice } from '../../content/harm-advice.js';
import type { HarmReport, HarmStep, PainScore } from '../../core/contracts/session-log.js';
import { HARM_PAIN_RISE, type HarmPrompt, harmPrompt } from '../../core/session/index.js';
import { planRecord, sessionLogsRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { planPath } from '../paths.js';
import { Link } from '../router.js';
import { PainPicker } from './PainPicker.js';

const askWords: Record<HarmPrompt['because'], string> = {
  'pain-worse': `Your pain is ${HARM_PAIN_RISE} or more points worse than before the session.`,
  'too-much-twice': 'You stopped the same point twice because it was too much.',
};

function Advice({ step }: { readonly step: HarmStep }) {
  return (
    <div className="harm-check__advice">
      <p role="status">
        Thank you. Your report is saved. <strong>{step.title}</strong> is left out of your plan
        until you bring it back.
      </p>
      <h3>What to do now</h3>
      <ul>
        {[harmAdvice.stop, harmAdvice.ease, harmAdvice.clinician].map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ul>
      <p className="harm-check__urgent">
        <strong>{harmAdvice.urgent.text}</strong>
      </p>
      <p>
        <Link href={planPath}>See your plan without this step</Link>
      </p>
    </div>
  );
}

function ReportForm({
  prompt,
  onSend,
}: {
  readonly prompt: HarmPrompt;
  readonly onSend: (report: Omit<HarmReport, 'reportedAt' | 'broughtBackAt'>) => void;
}) {
  const ids = { step: useId(), what: useId(), where: useId(), still: useId() };
  const [stepKey, setStepKey] = useState(0);
  const [what, setWhat] = useState('');
  const [where, setWhere] = useState('');
  const [howBad, setHowBad] = useState<PainScore | null>(null);
  const [stillNow, setStillNow] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const step = prompt.steps[stepKey];
    if (step === undefined || howBad === null || stillNow === null) {
      setProblem('Please say how bad it was and whether it still hurts now.');
      return;
    }
    onSend({
      because: prompt.because,
      step,
      what: what.trim(),
      where: where.trim(),
      howBad,
      stillNow,
    });
  };
  return (
    <form className="harm-check__form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>Which step was it?</legend>
        {prompt.steps.map((step, index) => (
          <label key={`${step.id}-${step.triggerPoint ?? ''}`} className="harm-check__choice">
            <input
              type="radio"
              name={ids.step}
              checked={stepKey === index}
              onChange={() => setStepKey(index)}
            />{' '}
            {step.title}
          </label>
        ))}
      </fieldset>
      <label htmlFor={ids.what}>What happened? (you may leave this empty)</label>
      <textarea
        id={ids.what}
        maxLength={500}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
      />
      <label htmlFor={ids.where}>Where did it hurt?</label>
      <input
        id={ids.where}
        type="text"
        maxLength={200}
        value={where}
        onChange={(e) => setWhere(e.target.value)}
      />
      <PainPicker question="How bad was it?" value={howBad} onChange={setHowBad} />
      <fieldset>
        <legend>Does it still hurt now?</legend>
        <label className="harm-check__choice">
          <input
            type="radio"
            name={ids.still}
            checked={stillNow === true}
            onChange={() => setStillNow(true)}
          />{' '}
          Yes, it still hurts
        </label>
        <label className="harm-check__choice">
          <input
            type="radio"
            name={ids.still}
            checked={stillNow === false}
            onChange={() => setStillNow(false)}
          />{' '}
          No, it has eased
        </label>
      </fieldset>
      {problem === null ? null : (
        <p role="alert" className="harm-check__problem">
          {problem}
        </p>
      )}
      <button type="submit" className="player-button player-button--primary">
        Send the report
      </button>
    </form>
  );
}

export function HarmCheck({ sessionId }: { readonly sessionId: string }) {
  const logs = useDeviceRecord(sessionLogsRecord);
  const [stage, setStage] = useState<'ask' | 'form' | 'declined'>('ask');
  const [sent, setSent] = useState<HarmStep | null>(null);
  const [prompt] = useState(() => {
    const all = logs ?? [];
    const log = all.find((saved) => saved.id === sessionId);
    return log ? harmPrompt(log, all) : null;
  });
  if (prompt === null || stage === 'declined') return null;

  const send = (report: Omit<HarmReport, 'reportedAt' | 'broughtBackAt'>) => {
    const now = Date.now();
    const kept = sessionLogsRecord.read() ?? [];
    sessionLogsRecord.write(
      kept.map((log) =>
        log.id === sessionId
          ? { ...log, harm: { ...report, reportedAt: now, broughtBackAt: null } }
          : log,
      ),
    );
    // The kept plan still holds the step: the next session waits for a plan made without it.
    planRecord.clear();
    setSent(report.step);
  };

  return (
    <section className="harm-check" aria-labelledby="harm-check-heading">
      <h2 id="harm-check-heading">Did something go wrong?</h2>
      {sent !== null ? (
        <Advice step={sent} />
      ) : stage === 'ask' ? (
        <>
          <p>{askWords[prompt.because]} If a step hurt you, tell us. The plan will leave it out.</p>
          <p className="harm-check__actions">
            <button
              type="button"
              className="player-button player-button--primary"
              onClick={() => setStage('form')}
            >
              Yes, report what happened
            </button>
            <button type="button" className="player-button" onClick={() => setStage('declined')}>
              No, I am fine
            </button>
          </p>
        </>
      ) : (
        <ReportForm prompt={prompt} onSend={send} />
      )}
    </section>
  );
}
