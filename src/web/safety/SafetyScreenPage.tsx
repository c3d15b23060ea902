// /safety: the safety screen, one checklist per group, emergency signs first. An emergency
// answer ends it at once; otherwise the answers go to the server (or the same rules on the device)
// and the result is kept with the time it was answered. After a stop, the earlier answers come
// first and changing them is an explicit choice, kept with the new screen.
import { useEffect, useRef, useState } from 'react';
import type { ScreenCorrection } from '../../core/contracts/records.js';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';
import { safetyRecord } from '../device/records.js';
import { useAction } from '../requests/use-action.js';
import { navigate } from '../router.js';
import { ChangeAfterStop, type WayOn } from './ChangeAfterStop.js';
import { ChecklistScreen } from './ChecklistScreen.js';
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
  checklistsFor,
  needsEmergencyHelp,
  numberProblem,
  openQuestions,
  reachableIndex,
  type ScreenMode,
  screenIndexFrom,
  type TypedNumbers,
  withFreshRedFlags,
  withRestAsNo,
} from './screen-flow.js';
import { screenStatus } from './screen-status.js';

const screenAddress = (id: string) => `${safetyScreenPath}?topic=${id}`;
const resultAddress = (outcome: ScreenOutcome) =>
  outcome.workedOutOnDevice ? `${safetyResultPath}?${workedOutOnDeviceQuery}` : safetyResultPath;
/** Said only if the device could not keep the answers (its storage refused them). */
const couldNotKeep =
  'Your answers could not be saved on this device. Please try again, or use another browser.';

export function SafetyScreenPage() {
  // Read once: a screen that stopped self-care is shown until the person chooses a way on.
  const [stopped] = useState(() => {
    const record = safetyRecord.read();
    return record !== null && screenStatus(record, new Date()) === 'stopped' ? record : null;
  });
  const [correction, setCorrection] = useState<ScreenCorrection | null>(null);
  const clearing = useAction();
  if (stopped !== null && correction === null) {
    // After an urgent stop (never an emergency), a doctor's check lets the same answers go on.
    const clear = (checkedOn: string) =>
      clearing.run(
        async () => {
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
          navigate(resultAddress(outcome));
        },
        { problem: () => couldNotKeep, staysBusy: true },
      );
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
              busy={clearing.busy}
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
  const screens = checklistsFor(mode);
  const [asked, setAsked] = useState(() => screenIndexFrom(window.location.search, screens));
  const [choices, setChoices] = useState<Choices>({});
  const [numbers, setNumbers] = useState<TypedNumbers>({});
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [missingShown, setMissingShown] = useState(0);
  const sending = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(true);
  const shownIndex = useRef<number | null>(null);

  const index = reachableIndex(screens, asked, choices, numbers);
  const screen = screens[index] ?? screens[0];

  useEffect(() => {
    mounted.current = true;
    const onPop = () => setAsked(screenIndexFrom(window.location.search, screens));
    window.addEventListener('popstate', onPop);
    return () => {
      mounted.current = false;
      window.removeEventListener('popstate', onPop);
    };
  }, [screens]);

  useEffect(() => {
    if (screen === undefined) return;
    const address = screenAddress(screen.id);
    if (`${window.location.pathname}${window.location.search}` !== address) {
      window.history.replaceState(window.history.state, '', address);
    }
    document.title = `${screen.title} · Safety check · Unknot`;
    // The first screen gets focus from the app's navigation (or, after a choice to change a
    // stopped screen, from here, since the button that had it is gone); later ones from here.
    const first = shownIndex.current === null;
    if ((first && correction !== null) || (!first && shownIndex.current !== index)) {
      heading.current?.focus();
      window.scrollTo(0, 0);
    }
    shownIndex.current = index;
  }, [screen, index, correction]);

  useEffect(() => {
    if (missingShown === 0) return;
    document.querySelector<HTMLElement>('.safety-question--missing input')?.focus();
  }, [missingShown]);

  if (screen === undefined) return null;

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
    navigate(resultAddress(outcome));
  };

  const choose = (questionId: string, choice: Choice | null) => {
    const nextChoices: Choices =
      choice === null
        ? Object.fromEntries(Object.entries(choices).filter(([id]) => id !== questionId))
        : { ...choices, [questionId]: choice };
    setChoices(nextChoices);
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

  const next = () => {
    const problems = new Set([
      ...openQuestions(screen, {}, numbers)
        .filter((question) => question.answer.kind === 'number')
        .map((question) => question.id),
      ...screen.questions
        .filter((question) => numberProblem(question, numbers[question.id]) !== null)
        .map((question) => question.id),
    ]);
    if (problems.size > 0) {
      setMissing(problems);
      setMissingShown((n) => n + 1);
      return;
    }
    setMissing(new Set());
    // What was not tapped on this checklist counts as no: every question here is now answered.
    const answered = withRestAsNo(screen, choices);
    setChoices(answered);
    const following = screens[index + 1];
    if (following === undefined) {
      const answers = answersWith(answered, numbers);
      void sending.run(async () => keep(answers, await triageOnServerOrDevice(answers)), {
        problem: () => couldNotKeep,
        staysBusy: true,
      });
      return;
    }
    window.history.pushState({ safetyTopicFrom: index }, '', screenAddress(following.id));
    setAsked(index + 1);
  };

  const back = () => {
    setMissing(new Set());
    const before = screens[index - 1];
    if (before === undefined) {
      if (window.history.length > 1) window.history.back();
      else navigate('/');
      return;
    }
    // Step back through history when Next put this screen there, so the browser's Back agrees.
    if (window.history.state?.safetyTopicFrom === index - 1) window.history.back();
    else {
      window.history.replaceState(null, '', screenAddress(before.id));
      setAsked(index - 1);
    }
  };

  return (
    <ChecklistScreen
      screen={screen}
      position={index + 1}
      count={screens.length}
      choices={choices}
      numbers={numbers}
      missing={missing}
      busy={sending.busy}
      problem={sending.message?.problem ? sending.message.text : null}
      headingRef={heading}
      onChoose={choose}
      onType={type}
      onBack={back}
      onNext={next}
      recheck={mode === 'red-flags'}
    />
  );
}
