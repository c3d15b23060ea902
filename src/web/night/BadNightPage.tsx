// /night: the bad-night mode (S48-S54). A dim screen with the two rest positions and what to
// use, warm moist heat, an optional short hip hanging with its stop rule, bed tips, two
// timers, and the warning signs that need help now.
import { useState } from 'react';
import { nightPositions } from '../../content/night-positions.js';
import { PoseFigure } from '../figures/PoseFigure.js';
import type { NightPose } from '../figures/poses.js';
import { Link } from '../router.js';
import { NightEntry } from './NightEntry.js';
import { POSITION_MINUTES, TRACTION_START_MINUTES, TRACTION_STOP_RULE } from './night-timer.js';
import { TimerPanel } from './TimerPanel.js';
import { TractionMinutes } from './TractionMinutes.js';
import './night.css';

type EntryId = (typeof nightPositions)[number]['id'];
const entry = (id: EntryId) => {
  const found = nightPositions.find((e) => e.id === id);
  if (found === undefined) throw new Error(`Night content ${id} is missing`);
  return found;
};

const positionEnd = [
  'Ten minutes are up. Stay longer if it feels good. To get up, roll onto your side first.',
];

export function BadNightPage() {
  const [tractionMinutes, setTractionMinutes] = useState(TRACTION_START_MINUTES);
  const traction = entry('night-traction');
  const figure = (pose: NightPose, caption: string) => (
    <figure className="night-figure">
      <PoseFigure pose={pose} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
  return (
    <section className="page night-page theme-bad-night" aria-labelledby="night-title">
      <h1 id="night-title">A bad night</h1>
      <p className="night-lead">
        Sharp pain keeping you awake? Lie down in one of these two positions. They take some load
        off your low back. The screen stays dim.
      </p>

      <aside className="night-warning" aria-labelledby="night-warning-title">
        <h2 id="night-warning-title">Get help now if</h2>
        <ul>
          <li>you have new numbness between your legs or around your bottom,</li>
          <li>you have trouble passing urine, or you cannot hold urine or stool,</li>
          <li>both legs feel weak, numb or tingly,</li>
          <li>the pain came after a bad fall or crash,</li>
          <li>you have chest pain, trouble breathing, or you feel faint and sweaty.</li>
        </ul>
        <p>
          Call your local emergency number. <Link href="/safety">Go through the warning signs</Link>
        </p>
      </aside>

      <NightEntry
        entry={entry('night-knees-bent')}
        heading="Position 1: knees bent"
        figure={figure(
          'knees-bent',
          'On your back, knees bent, feet flat, a thin pillow under your head.',
        )}
        need="A firm surface, such as the floor with a blanket, and a thin pillow."
      />
      <NightEntry
        entry={entry('night-legs-raised')}
        heading="Position 2: legs on a chair"
        figure={figure(
          'legs-on-chair',
          'On your back with your lower legs on a chair seat: hips and knees bent to a right angle.',
        )}
        need="A chair. No chair? A stack of books with a thick pillow on top, or a sturdy coffee table."
      />

      <TimerPanel
        title="Rest timer"
        minutes={POSITION_MINUTES}
        startLabel="Start the 10-minute rest timer"
        startLines={['Ten minutes. Breathe slowly and let your back sink into the floor.']}
        endLines={positionEnd}
      />

      <NightEntry entry={entry('night-heat')} heading="Warm, moist heat, not ice" />

      <NightEntry
        entry={traction}
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
          minutes={tractionMinutes}
          startLabel={`Start hanging for ${tractionMinutes} ${tractionMinutes === 1 ? 'minute' : 'minutes'}`}
          startLines={[TRACTION_STOP_RULE]}
          endLines={['Time is up. Lower your hips to the floor slowly, then rest.']}
        >
          <TractionMinutes minutes={tractionMinutes} onChange={setTractionMinutes} />
        </TimerPanel>
      </NightEntry>

      <NightEntry entry={entry('night-firm-surface')} heading="A firm surface" />
      <NightEntry entry={entry('night-mattress')} heading="If your mattress sags" />

      <p className="night-back">
        <Link href="/">Back to the start</Link>
      </p>
    </section>
  );
}
