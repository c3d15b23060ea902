// /psoas-check: the psoas self-check, one look per screen (S09): get ready, the feet, the
// shoulders, then what it may suggest and what it cannot tell. It can be skipped at any point.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { psoasSelfCheck } from '../../../content/psoas-self-check.js';
import { readPsoasCheck } from '../../../core/plan/index.js';
import { psoasCheckRecord } from '../../device/records.js';
import { overloadPath, preferencesPath } from '../../paths.js';
import { navigate } from '../../router.js';
import { RadioTiles, type RadioTilesProps } from '../RadioTiles.js';
import { SetupFrame } from '../SetupFrame.js';
import { FeetPicture, ShouldersPicture } from './CheckPictures.js';
import {
  answersFrom,
  type CheckAnswers,
  type CheckStage,
  checkFrom,
  footChoices,
  shoulderChoices,
  stageAfter,
  stageBefore,
  stageProblem,
} from './psoas-check-flow.js';
import './psoas-check.css';

const [footSign, shoulderSign] = psoasSelfCheck.signs;

const titles: Readonly<Record<CheckStage, string>> = {
  ready: 'Psoas self-check',
  feet: 'Look 1 of 2: your feet',
  shoulders: 'Look 2 of 2: your shoulders',
  result: 'What your check may suggest',
};

const nextWords: Readonly<Record<CheckStage, string>> = {
  ready: 'Start the check',
  feet: 'Next: shoulders',
  shoulders: 'See what it may suggest',
  result: 'Next: what loads your back',
};

/** One look (the feet, the shoulders): its picture, how to look, and the question. */
function Look<V extends string>({
  picture,
  sign,
  ...tiles
}: Omit<RadioTilesProps<V>, 'legend'> & {
  readonly picture: ReactNode;
  readonly sign: { readonly howToLook: readonly string[]; readonly question: string };
}) {
  return (
    <>
      {picture}
      <ol className="check-steps">
        {sign.howToLook.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="check-note">Left and right mean your own left and right.</p>
      <RadioTiles {...tiles} legend={sign.question} />
    </>
  );
}

function Result({ answers }: { readonly answers: CheckAnswers }) {
  const finding = readPsoasCheck(checkFrom(answers));
  return (
    <div className="check-result">
      <p className="check-result__finding">{finding.message}</p>
      {finding.suggestsShort ? (
        <section aria-labelledby="check-may-suggest">
          <h2 id="check-may-suggest">What it may suggest</h2>
          <p>{psoasSelfCheck.suggests}</p>
        </section>
      ) : (
        <p>{psoasSelfCheck.next}</p>
      )}
      <section aria-labelledby="check-cannot-tell" className="check-result__limits">
        <h2 id="check-cannot-tell">What it does not mean</h2>
        <p>{psoasSelfCheck.doesNotMean}</p>
      </section>
    </div>
  );
}

export function PsoasCheckPage() {
  const [stage, setStage] = useState<CheckStage>('ready');
  const [answers, setAnswers] = useState<CheckAnswers>(() =>
    answersFrom(psoasCheckRecord.read()?.check),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef(true);

  useEffect(() => {
    // The app focuses the heading on arrival; each later look moves focus to its own heading.
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
    window.scrollTo(0, 0);
    document.title = `${titles[stage]} · Unknot`;
  }, [stage]);

  const keep = (check: CheckAnswers | null) =>
    psoasCheckRecord.write({
      check: check === null ? null : checkFrom(check),
      answeredAt: new Date().toISOString(),
    });

  const answer = (part: Partial<CheckAnswers>) => {
    setAnswers({ ...answers, ...part });
    setProblem(null);
  };

  const goOn = () => {
    const found = stageProblem(stage, answers);
    setProblem(found);
    if (found !== null) return;
    if (stage === 'result') {
      keep(answers);
      navigate(overloadPath);
      return;
    }
    setStage(stageAfter(stage));
  };

  const before = stageBefore(stage);
  const skip = () => {
    keep(null);
    navigate(overloadPath);
  };

  return (
    <SetupFrame
      part={2}
      title={titles[stage]}
      backHref={preferencesPath}
      onBack={
        before === null
          ? undefined
          : () => {
              setProblem(null);
              setStage(before);
            }
      }
      nextText={nextWords[stage]}
      onNext={goOn}
      problem={problem}
      aside={
        stage === 'result' ? null : (
          <button type="button" className="check-skip" onClick={skip}>
            Skip this check
          </button>
        )
      }
    >
      {stage === 'ready' && (
        <div className="check-ready">
          <p>{psoasSelfCheck.intro}</p>
          <h2>What you need</h2>
          <ul>
            <li>A long mirror, or someone to look at you or take a photo.</li>
            <li>Bare feet, and a minute standing up.</li>
          </ul>
          <p className="check-note">
            In a mirror, left and right swap: your left foot shows on the right side of the glass.
          </p>
        </div>
      )}
      {stage === 'feet' && footSign && (
        <Look
          picture={<FeetPicture />}
          sign={footSign}
          name="foot-turns-out"
          choices={footChoices}
          value={answers.foot}
          onChange={(foot) => answer({ foot })}
        />
      )}
      {stage === 'shoulders' && shoulderSign && (
        <Look
          picture={<ShouldersPicture />}
          sign={shoulderSign}
          name="shoulder-lower"
          choices={shoulderChoices}
          value={answers.shoulder}
          onChange={(shoulder) => answer({ shoulder })}
        />
      )}
      {stage === 'result' && <Result answers={answers} />}
    </SetupFrame>
  );
}
