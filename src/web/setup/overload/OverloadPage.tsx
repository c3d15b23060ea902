// /overload: "What loads your back", a short self-review of the four overload groups (S14).
// Ticks become tips in the plan; body chemistry points to a doctor and a blood test, and a fall
// or knock sends the person through the warning-sign questions again before the plan.
import { useState } from 'react';
import { overloadCauses } from '../../../content/overload-causes.js';
import type { OverloadAnswers, OverloadGroup } from '../../../core/contracts/plan.js';
import { overloadRecord, safetyRecord } from '../../device/records.js';
import { useDeviceRecord } from '../../device/store.js';
import { planPath, psoasCheckPath } from '../../paths.js';
import { navigate } from '../../router.js';
import { recheckRedFlags } from '../../safety/index.js';
import { SetupFrame } from '../SetupFrame.js';
import {
  needsSafetyRecheck,
  type OverloadQuestionGroup,
  overloadQuestionGroups,
  reviewOf,
  withAnswer,
} from './overload-review.js';
import './overload.css';

const doctorAdvice = (
  overloadCauses.find((cause) => cause.group === 'biochemical')?.whatYouCanDo ?? []
).filter((line) => /doctor/i.test(line));

function GroupNote({
  group,
  answers,
  recheck,
}: {
  readonly group: OverloadGroup;
  readonly answers: OverloadAnswers;
  readonly recheck: boolean;
}) {
  if (group === 'biochemical' && answers.biochemical) {
    return (
      <div className="overload-note">
        {doctorAdvice.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    );
  }
  if (group === 'trauma' && answers.trauma) {
    return (
      <div className="overload-note overload-note--warn">
        <p>
          {recheck
            ? 'A fall or knock can hurt bones and nerves. Before any point work, answer the warning-sign questions again.'
            : 'You have answered the warning-sign questions again since then. If anything gets worse, answer them once more.'}
        </p>
      </div>
    );
  }
  return null;
}

function QuestionGroup({
  entry,
  answers,
  recheck,
  onAnswer,
}: {
  readonly entry: OverloadQuestionGroup;
  readonly answers: OverloadAnswers;
  readonly recheck: boolean;
  readonly onAnswer: (key: keyof OverloadAnswers, yes: boolean) => void;
}) {
  return (
    <fieldset className="setup-group">
      <legend className="setup-group__title">{entry.title}</legend>
      <div className="setup-tiles overload-tiles">
        {entry.questions.map((question) => (
          <label key={question.key} className="setup-tile">
            <input
              type="checkbox"
              className="setup-tile__box"
              checked={answers[question.key] === true}
              onChange={(event) => onAnswer(question.key, event.target.checked)}
            />
            <span className="setup-tile__text">{question.prompt}</span>
          </label>
        ))}
      </div>
      <div aria-live="polite">
        <GroupNote group={entry.group} answers={answers} recheck={recheck} />
      </div>
    </fieldset>
  );
}

export function OverloadPage() {
  const stored = useDeviceRecord(overloadRecord);
  const safety = useDeviceRecord(safetyRecord);
  const [answers, setAnswers] = useState<OverloadAnswers>(() => stored?.answers ?? {});
  const recheck = needsSafetyRecheck(
    reviewOf(answers, overloadRecord.read(), new Date()),
    safety?.answeredAt ?? null,
  );

  const answer = (key: keyof OverloadAnswers, yes: boolean) => {
    const next = withAnswer(answers, key, yes);
    setAnswers(next);
    overloadRecord.write(reviewOf(next, overloadRecord.read(), new Date()));
  };

  const goOn = () => {
    const review = reviewOf(answers, overloadRecord.read(), new Date());
    overloadRecord.write(review);
    if (needsSafetyRecheck(review, safetyRecord.read()?.answeredAt ?? null)) recheckRedFlags();
    else navigate(planPath);
  };

  return (
    <SetupFrame
      part={3}
      title="What loads your back"
      lead={
        <p>
          Sore spots form when a muscle carries more than it is ready for. Tick what fits you. Your
          plan then adds a few tips. Nothing here is required.
        </p>
      }
      backHref={psoasCheckPath}
      nextText={recheck ? 'Next: warning-sign questions' : 'Next: see my plan'}
      onNext={goOn}
    >
      {overloadQuestionGroups.map((entry) => (
        <QuestionGroup
          key={entry.group}
          entry={entry}
          answers={answers}
          recheck={recheck}
          onAnswer={answer}
        />
      ))}
    </SetupFrame>
  );
}
