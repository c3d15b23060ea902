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
import { TimerPanel } from './TimerPanel.js';
import { TractionMinutes } from './TractionMinutes.js';
import './night.css';

const positionEnd = [
  'Ten minutes are up. Stay longer if it feels good. To get up, roll onto your side first.',
];

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
    figure: figure(
      'knees-bent',
      'On your back, knees bent, feet flat, a thin pillow under your head.',
    ),
    need: 'A firm surface, such as the floor with a blanket, and a thin pillow.',
  },
  'night-legs-raised': {
    figure: figure(
      'legs-on-chair',
      'On your back with your lower legs on a chair seat: hips and knees bent to a right angle.',
    ),
    need: 'A chair. No chair? A stack of books with a thick pillow on top, or a sturdy coffee table.',
  },
  'night-side-lying': { need: 'A firm bed or a mat, and two or three pillows.' },
};

const restHeadings: Readonly<Record<string, string>> = {
  'night-knees-bent': 'knees bent',
  'night-legs-raised': 'legs on a chair',
  'night-side-lying': 'on your side',
};

const otherHeadings: Readonly<Record<string, string>> = {
  'night-heat': 'Warm, moist heat, not ice',
  'night-firm-surface': 'A firm surface',
  'night-mattress': 'If your mattress sags',
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
      <NightEntry entry={entry} heading={otherHeadings[id] ?? entry.name}>
        <Cautions lines={choices.cautions[id]} />
      </NightEntry>
    );
  };
  return (
    <section className="page night-page theme-bad-night" aria-labelledby="night-title">
      <h1 id="night-title">A bad night</h1>
      <SafetyStopBanner />
      <p className="night-lead">
        Sharp pain keeping you awake? Lie down in one of these positions. They take some load off
        your low back. The screen stays dim.
      </p>

      <p className="night-warning-line">
        Numb between the legs, trouble peeing, or weak legs? Get help now.{' '}
        <a href="#night-warning-title">All the warning signs</a>
      </p>

      {rest.map((entry, index) => (
        <NightEntry
          key={entry.id}
          entry={entry}
          heading={`Position ${index + 1}: ${restHeadings[entry.id] ?? entry.name}`}
          figure={restShown[entry.id]?.figure}
          need={restShown[entry.id]?.need}
        >
          <Cautions lines={choices.cautions[entry.id]} />
        </NightEntry>
      ))}

      {rest.length === 0 ? null : (
        <TimerPanel
          title="Rest timer"
          minutes={POSITION_MINUTES}
          startLabel="Start the 10-minute rest timer"
          startLines={['Ten minutes. Breathe slowly and let your back sink into the floor.']}
          endLines={positionEnd}
        />
      )}

      {other('night-heat')}
      {traction === undefined ? null : <TractionEntry entry={traction} />}
      {other('night-firm-surface')}
      {other('night-mattress')}

      <LeftOut choices={choices} />

      <aside className="night-warning" aria-labelledby="night-warning-title">
        <h2 id="night-warning-title">Get help now if</h2>
        <ul>
          {emergencySigns.map((sign) => (
            <li key={sign.id}>{sign.words}</li>
          ))}
        </ul>
        <p>
          Call your local emergency number. <Link href="/safety">Go through the warning signs</Link>
        </p>
      </aside>

      <p className="night-back">
        <Link href="/">Back to the start</Link>
      </p>
    </section>
  );
}

function TractionEntry({ entry }: { readonly entry: NightPosition }) {
  const [minutes, setMinutes] = useState(TRACTION_START_MINUTES);
  return (
    <NightEntry
      entry={entry}
      heading="Optional: let your hips hang"
      figure={figure(
        'hips-hanging',
        'Knees hooked over the front of the seat, hips a little off the floor.',
      )}
    >
      <p className="night-stop-rule">
        <strong>{TRACTION_STOP_RULE}</strong>
      </p>
      <TimerPanel
        title="Hip hanging timer"
        minutes={minutes}
        startLabel={`Start hanging for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`}
        startLines={[TRACTION_STOP_RULE]}
        endLines={['Time is up. Lower your hips to the floor slowly, then rest.']}
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
      <h2 id="night-left-out">Left out for you</h2>
      <p>Your safety answers rule these out for now.</p>
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
