// /safety: the safety screen, one topic at a time, emergency signs first. An emergency answer
// ends it at once; otherwise the answers go to the server (or the same rules on the device)
// and the result is kept with the time it was answered. After a stop, the earlier answers come
// first and changing them is an explicit choice, kept with the new screen.
import { useEffect, useRef, useState } from 'react';
import type { ScreenCorrection } from '../../core/contracts/records.js';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { safetyRecord } from '../device/records.js';
import { navigate } from '../router.js';
import { ChangeAfterStop, type WayOn } from './ChangeAfterStop.js';
import { ClearanceForm } from './ClearanceForm.js';
import { localDay } from './clearance-date.js';
import { correctionOf } from './earlier-answers.js';
import { safetyResultPath, safetyScreenPath, withChangeReported } from './reopen-screen.js';
import { resultKind } from './result-kind.js';
import { type ScreenOutcome, triageOnServerOrDevice } from './run-triage.js';
import { workedOutOnDeviceQuery } from './SafetyResultPage.js';
import {
  answersFrom,
  asksForNerveQuestions,
  type Choice,
  type Choices,
  needsEmergencyHelp,
  numberProblem,
  openQuestions,
  reachableIndex,
  type ScreenMode,
  type TypedNumbers,
  topicIndexFrom,
  topicsFor,
  withFreshRedFlags,
} from './screen-flow.js';
import { screenStatus } from './screen-status.js';
import { TopicScreen } from './TopicScreen.js';

const topicAddress = (id: string) => `${safetyScreenPath}?topic=${id}`;

export function SafetyScreenPage() {
  // Read once: a screen that stopped self-care is shown until the person chooses a way on.
  const [stopped] = useState(() => {
    const record = safetyRecord.read();
    return record !== null && screenStatus(record, new Date()) === 'stopped' ? record : null;
  });
  const [correction, setCorrection] = useState<ScreenCorrection | null>(null);
  const [clearing, setClearing] = useState(false);
  if (stopped !== null && correction === null) {
    // After an urgent stop (never an emergency), a doctor's check lets the same answers go on.
    const clear = async (checkedOn: string) => {
      setClearing(true);
      const clearance = { checkedOn };
      const outcome = await triageOnServerOrDevice(
        stopped.answers,
        undefined,
        undefined,
        clearance,
      );
      safetyRecord.write({
        answers: stopped.answers,
        result: outcome.result,
        answeredAt: new Date().toISOString(),
        changeReportedAt: null,
        clearance,
      });
      navigate(
        outcome.workedOutOnDevice
          ? `${safetyResultPath}?${workedOutOnDeviceQuery}`
          : safetyResultPath,
      );
    };
    const answeredOn = new Date(stopped.answeredAt);
    return (
      <ChangeAfterStop
        record={stopped}
        onChoose={(way: WayOn) => setCorrection(correctionOf(stopped, way, new Date()))}
        clearance={
          resultKind(stopped.result) === 'urgent' ? (
            <ClearanceForm
              stoppedOn={localDay(Number.isNaN(answeredOn.getTime()) ? new Date() : answeredOn)}
              today={localDay(new Date())}
              busy={clearing}
              onCleared={(checkedOn) => void clear(checkedOn)}
            />
          ) : undefined
        }
      />
    );
  }
  return <Questionnaire correction={correction} />;
}

function Questionnaire({ correction }: { readonly correction: ScreenCorrection | null }) {
  // Read once: the screen keeps its mode even after it writes the new record.
  const [previous] = useState(() => {
    const record = safetyRecord.read();
    // Marking the saddle area on the body map counts as a change: until the nerve questions
    // are answered again, a screen from before must not keep plan and session open.
    if (record !== null && asksForNerveQuestions(window.location.search)) {
      return withChangeReported(record, new Date());
    }
    return record;
  });
  useEffect(() => {
    if (previous !== null && previous !== safetyRecord.read()) safetyRecord.write(previous);
  }, [previous]);
  const [mode] = useState<ScreenMode>(() =>
    previous !== null && screenStatus(previous, new Date()) === 'changed' ? 'red-flags' : 'full',
  );
  const topics = topicsFor(mode);
  const [asked, setAsked] = useState(() => topicIndexFrom(window.location.search, topics));
  const [choices, setChoices] = useState<Choices>({});
  const [numbers, setNumbers] = useState<TypedNumbers>({});
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [missingShown, setMissingShown] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(true);
  const shownIndex = useRef<number | null>(null);

  const index = reachableIndex(topics, asked, choices, numbers);
  const topic = topics[index] ?? topics[0];

  useEffect(() => {
    mounted.current = true;
    const onPop = () => setAsked(topicIndexFrom(window.location.search, topics));
    window.addEventListener('popstate', onPop);
    return () => {
      mounted.current = false;
      window.removeEventListener('popstate', onPop);
    };
  }, [topics]);

  useEffect(() => {
    if (topic === undefined) return;
    const address = topicAddress(topic.id);
    if (`${window.location.pathname}${window.location.search}` !== address) {
      window.history.replaceState(window.history.state, '', address);
    }
    document.title = `${topic.title} · Safety check · Unknot`;
    // The first topic gets focus from the app's navigation (or, after a choice to change a
    // stopped screen, from here, since the button that had it is gone); later ones from here.
    const first = shownIndex.current === null;
    if ((first && correction !== null) || (!first && shownIndex.current !== index)) {
      heading.current?.focus();
      window.scrollTo(0, 0);
    }
    shownIndex.current = index;
  }, [topic, index, correction]);

  useEffect(() => {
    if (missingShown === 0) return;
    document
      .querySelector<HTMLElement>(
        '.safety-question--missing button, .safety-question--missing input',
      )
      ?.focus();
  }, [missingShown]);

  if (topic === undefined) return null;

  const answersWith = (nextChoices: Choices, nextNumbers: TypedNumbers): Answers => {
    const fresh = answersFrom(nextChoices, nextNumbers);
    return mode === 'red-flags' && previous !== null
      ? withFreshRedFlags(previous.answers, fresh)
      : fresh;
  };

  const keep = (answers: Answers, outcome: ScreenOutcome) => {
    safetyRecord.write({
      answers,
      result: outcome.result,
      answeredAt: new Date().toISOString(),
      changeReportedAt: null,
      ...(correction === null ? {} : { correction }),
    });
    if (!mounted.current) return; // the person has gone elsewhere: do not pull them back
    navigate(
      outcome.workedOutOnDevice
        ? `${safetyResultPath}?${workedOutOnDeviceQuery}`
        : safetyResultPath,
    );
  };

  const choose = (questionId: string, choice: Choice) => {
    const nextChoices = { ...choices, [questionId]: choice };
    setChoices(nextChoices);
    setMissing((open) => new Set([...open].filter((id) => id !== questionId)));
    const answers = answersWith(nextChoices, numbers);
    // No waiting on the network and no more questions: the emergency advice comes first.
    if (needsEmergencyHelp(answers)) {
      keep(answers, { result: triage(answers), workedOutOnDevice: false });
    }
  };

  const type = (questionId: string, typed: string) => {
    setNumbers((typedSoFar) => ({ ...typedSoFar, [questionId]: typed }));
    setMissing((open) => new Set([...open].filter((id) => id !== questionId)));
  };

  const finish = async () => {
    setBusy(true);
    const answers = answersWith(choices, numbers);
    keep(answers, await triageOnServerOrDevice(answers));
  };

  const next = () => {
    const problems = new Set([
      ...openQuestions(topic, choices, numbers).map((question) => question.id),
      ...topic.questions
        .filter((question) => numberProblem(question, numbers[question.id]) !== null)
        .map((question) => question.id),
    ]);
    if (problems.size > 0) {
      setMissing(problems);
      setMissingShown((n) => n + 1);
      return;
    }
    setMissing(new Set());
    const following = topics[index + 1];
    if (following === undefined) {
      void finish();
      return;
    }
    window.history.pushState({ safetyTopicFrom: index }, '', topicAddress(following.id));
    setAsked(index + 1);
  };

  const back = () => {
    setMissing(new Set());
    const before = topics[index - 1];
    if (before === undefined) {
      if (window.history.length > 1) window.history.back();
      else navigate('/');
      return;
    }
    // Step back through history when Next put this topic there, so the browser's Back agrees.
    if (window.history.state?.safetyTopicFrom === index - 1) window.history.back();
    else {
      window.history.replaceState(null, '', topicAddress(before.id));
      setAsked(index - 1);
    }
  };

  return (
    <TopicScreen
      topic={topic}
      position={index + 1}
      count={topics.length}
      choices={choices}
      numbers={numbers}
      missing={missing}
      busy={busy}
      headingRef={heading}
      onChoose={choose}
      onType={type}
      onBack={back}
      onNext={next}
      recheck={mode === 'red-flags'}
    />
  );
}
