// /night: the bad-night mode (S48-S54). A dim screen with the rest positions and what to use,
// warm moist heat, an optional short hip hanging with its stop rule, bed tips, two timers, and
// the warning signs that need help now (one line at the top, the list after the positions, so
// Position 1 shows on a phone at once). Only what the stored safety screen allows is offered;
// each entry left out says why (issue 12: a precaution binds here as in the plan).
import { type ReactNode, useState } from 'react';
import type { NightPosition } from '../../content/schema.js';
import type { NightChoices } from '../../core/night/index.js';
import { redFlagGroups } from '../../core/triage/index.js';
import { safetyRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { PoseFigure } from '../figures/PoseFigure.js';
import type { NightPose } from '../figures/poses.js';
import { Link } from '../router.js';
import { SafetyStopBanner } from '../safety/index.js';
import { NightEntry } from './NightEntry.js';
import { nightOfferFor } from './night-offer.js';
import { POSITION_MINUTES, TRACTION_START_MINUTES, TRACTION_STOP_RULE } from './night-timer.js';
import { nightWords as words } from './night-words.js';
import { TimerPanel } from './TimerPanel.js';
import { TractionMinutes } from './TractionMinutes.js';
import './night.css';

const positionEnd = [words.restEnd];

/** The signs that need help at once, in the spec's own grouping (never a hand-kept list). */
const emergencySigns = redFlagGroups().find((group) => group.when === 'now')?.flags ?? [];

const figure = (pose: NightPose, caption: string) => (
  <figure className="night-figure">
    <PoseFigure pose={pose} />
    <figcaption>{caption}</figcaption>
  </figure>
);

/** How each rest position is shown: its drawing and what to have at hand. */
const restShown: Readonly<Record<string, { figure?: ReactNode; need?: string }>> = {
  'night-knees-bent': {
    figure: figure('knees-bent', words.kneesBentCaption),
    need: words.kneesBentNeed,
  },
  'night-legs-raised': {
    figure: figure('legs-on-chair', words.legsRaisedCaption),
    need: words.legsRaisedNeed,
  },
  'night-side-lying': { need: words.sideLyingNeed },
};

export function BadNightPage() {
  const record = useDeviceRecord(safetyRecord);
  return <BadNightView choices={nightOfferFor(record)} />;
}

export function BadNightView({ choices }: { readonly choices: NightChoices }) {
  const offered = (id: string) => choices.offered.find((entry) => entry.id === id);
  const rest = choices.offered.filter((entry) => entry.kind === 'position');
  const traction = offered('night-traction');
  const other = (id: string) => {
    const entry = offered(id);
    return entry === undefined ? null : (
      <NightEntry entry={entry} heading={words.otherHeadings[id] ?? entry.name}>
        <Cautions lines={choices.cautions[id]} />
      </NightEntry>
    );
  };
  return (
    <section className="page night-page theme-bad-night" aria-labelledby="night-title">
      <h1 id="night-title">{words.title}</h1>
      <SafetyStopBanner />
      <p className="night-lead">{words.lead}</p>

      <p className="night-warning-line">
        {words.warningLine} <a href="#night-warning-title">{words.allWarningSigns}</a>
      </p>

      {rest.map((entry, index) => (
        <NightEntry
          key={entry.id}
          entry={entry}
          heading={words.position(index, words.restHeadings[entry.id] ?? entry.name)}
          figure={restShown[entry.id]?.figure}
          need={restShown[entry.id]?.need}
        >
          <Cautions lines={choices.cautions[entry.id]} />
        </NightEntry>
      ))}

      {rest.length === 0 ? null : (
        <TimerPanel
          title={words.restTimer}
          minutes={POSITION_MINUTES}
          startLabel={words.startRest}
          startLines={[words.restStart]}
          endLines={positionEnd}
        />
      )}

      {other('night-heat')}
      {traction === undefined ? null : <TractionEntry entry={traction} />}
      {other('night-firm-surface')}
      {other('night-mattress')}

      <LeftOut choices={choices} />

      <aside className="night-warning" aria-labelledby="night-warning-title">
        <h2 id="night-warning-title">{words.getHelpNow}</h2>
        <ul>
          {emergencySigns.map((sign) => (
            <li key={sign.id}>{sign.words}</li>
          ))}
        </ul>
        <p>
          {words.callEmergency} <Link href="/safety">{words.warningSigns}</Link>
        </p>
      </aside>

      <p className="night-back">
        <Link href="/">{words.back}</Link>
      </p>
    </section>
  );
}

function TractionEntry({ entry }: { readonly entry: NightPosition }) {
  const [minutes, setMinutes] = useState(TRACTION_START_MINUTES);
  return (
    <NightEntry
      entry={entry}
      heading={words.hangHeading}
      figure={figure('hips-hanging', words.hangCaption)}
    >
      <p className="night-stop-rule">
        <strong>{TRACTION_STOP_RULE}</strong>
      </p>
      <TimerPanel
        title={words.hangTimer}
        minutes={minutes}
        startLabel={words.startHang(minutes)}
        startLines={[TRACTION_STOP_RULE]}
        endLines={[words.hangEnd]}
      >
        <TractionMinutes minutes={minutes} onChange={setMinutes} />
      </TimerPanel>
    </NightEntry>
  );
}

function Cautions({ lines }: { readonly lines: readonly string[] | undefined }) {
  if (lines === undefined || lines.length === 0) return null;
  return (
    <ul className="night-cautions">
      {lines.map((line) => (
        <li key={line}>
          <strong>{line}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Every entry the safety answers rule out, named, with the reason in plain words. */
function LeftOut({ choices }: { readonly choices: NightChoices }) {
  if (choices.leftOut.length === 0) return null;
  return (
    <section className="night-entry night-left-out" aria-labelledby="night-left-out">
      <h2 id="night-left-out">{words.leftOut}</h2>
      <p>{words.leftOutWhy}</p>
      <ul>
        {choices.leftOut.map(({ entry, reasons }) => (
          <li key={entry.id}>
            <strong>{entry.name}:</strong> {reasons.join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
