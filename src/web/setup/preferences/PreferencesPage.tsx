// /preferences: what the plan is fitted to today (tools, place, build, time, the side that hurts
// more, areas to keep clear), kept on the device as it changes. Next goes to the psoas check,
// once a place is picked and, after a site precaution, the areas to keep clear are ticked.
import { useRef, useState } from 'react';
import { type PlaceId, placeIds, type ToolId } from '../../../core/spec/index.js';
import { painMapRecord, preferencesRecord, safetyRecord } from '../../device/records.js';
import { psoasCheckPath } from '../../paths.js';
import { navigate } from '../../router.js';
import { safetyResultPath } from '../../safety/index.js';
import { RadioTiles } from '../RadioTiles.js';
import { SetupFrame } from '../SetupFrame.js';
import { MinutesPicker } from './MinutesPicker.js';
import { PlaceChoices } from './PlaceChoices.js';
import {
  firstPreferences,
  keepClearProblem,
  type Preferences,
  preferencesProblem,
  safetyAsksToSkip,
  togglePlace,
  toggleRegion,
  toggleTool,
} from './preferences-form.js';
import { SkipAreas } from './SkipAreas.js';
import { ToolChoices } from './ToolChoices.js';
import './preferences.css';

const sizeChoices = [
  { value: 'small', name: 'Small' },
  { value: 'medium', name: 'Medium' },
  { value: 'large', name: 'Large' },
] as const;

const sideChoices = [
  { value: 'left', name: 'Left' },
  { value: 'right', name: 'Right' },
  { value: 'both', name: 'Both, or not sure' },
] as const;

export function PreferencesPage() {
  const [draft, setDraft] = useState<Preferences>(
    () => preferencesRecord.read() ?? firstPreferences(new Date(), painMapRecord.read()?.marks),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const places = useRef<HTMLDivElement>(null);
  const keepClear = useRef<HTMLDivElement>(null);
  const asked = safetyAsksToSkip(
    safetyRecord.read()?.result.precautions.map((precaution) => precaution.id) ?? [],
  );

  const change = (part: Partial<Preferences>) => {
    const next = { ...draft, ...part, updatedAt: new Date().toISOString() };
    setDraft(next);
    preferencesRecord.write(next);
    if (problem !== null) setProblem(preferencesProblem(next, asked));
  };

  const goOn = () => {
    const found = preferencesProblem(draft, asked);
    setProblem(found);
    if (found !== null) {
      const where = found === keepClearProblem ? keepClear : places;
      where.current?.querySelector('input')?.focus();
      return;
    }
    preferencesRecord.write(draft);
    navigate(psoasCheckPath);
  };

  return (
    <SetupFrame
      part={1}
      title="Your tools and place"
      lead={<p>Your plan fits what you have, where you are and the time you have today.</p>}
      backHref={safetyResultPath}
      nextText="Next: psoas check"
      onNext={goOn}
      problem={problem}
    >
      <ToolChoices
        chosen={draft.tools}
        onToggle={(tool: ToolId) => change({ tools: toggleTool(draft.tools, tool) })}
      />
      <div ref={places}>
        <PlaceChoices
          chosen={draft.places}
          onToggle={(place: PlaceId) => change({ places: togglePlace(draft.places, place) })}
          onPreset={(preset: readonly PlaceId[]) =>
            change({
              places: placeIds.filter((p) => draft.places.includes(p) || preset.includes(p)),
            })
          }
          problem={problem === keepClearProblem ? null : problem}
        />
      </div>
      <RadioTiles
        name="body-size"
        legend="Your build"
        hint="This picks the ball size for the groove beside your spine. Smaller balls suit a slim back. A wide back may need a small dumbbell."
        choices={sizeChoices}
        value={draft.bodySize}
        onChange={(bodySize) => change({ bodySize })}
      />
      <MinutesPicker minutes={draft.minutes} onChange={(minutes) => change({ minutes })} />
      <RadioTiles
        name="painful-side"
        legend="Which side hurts more?"
        hint="Points on that side come first."
        choices={sideChoices}
        value={draft.painfulSide}
        onChange={(painfulSide) => change({ painfulSide })}
      />
      <div ref={keepClear}>
        <SkipAreas
          chosen={draft.skipRegions}
          asked={asked}
          problem={problem === keepClearProblem ? problem : null}
          onToggle={(id) => change({ skipRegions: toggleRegion(draft.skipRegions, id) })}
        />
      </div>
    </SetupFrame>
  );
}
