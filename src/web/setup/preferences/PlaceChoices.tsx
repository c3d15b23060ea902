// Where the person is now. Several may fit (a bed and a wall at home), so each is a tick; the
// plan picks the best of them for every step, and "in public" keeps every step to the hands.
// "At home" and "At work" tick the places they stand for in one tap.
import type { PlaceId } from '../../../core/spec/index.js';
import { quickPlaces } from '../quick-start/quick-start.js';

export const placeWords: Readonly<Record<PlaceId, { name: string; hint: string }>> = {
  floor: { name: 'Floor', hint: 'Lying on a mat or rug. Firm is best for a ball.' },
  wall: { name: 'Wall', hint: 'Standing, leaning back on a ball.' },
  bed: { name: 'Bed', hint: 'Lying down. It is soft, so the pressure is lighter.' },
  'massage-table': { name: 'Massage table', hint: 'Lying down on a firm table.' },
  chair: { name: 'Chair', hint: 'Sitting, at home or at work.' },
  public: { name: 'Out in public', hint: 'Standing or sitting. Hands only, so nobody notices.' },
};

const shownOrder: readonly PlaceId[] = ['floor', 'wall', 'bed', 'massage-table', 'chair', 'public'];

/** How people name where they are, and the places each name ticks. */
export const placePresets: readonly {
  readonly name: string;
  readonly places: readonly PlaceId[];
}[] = [
  { name: 'At home', places: quickPlaces },
  { name: 'At work', places: ['chair', 'wall'] },
];

export interface PlaceChoicesProps {
  readonly chosen: readonly PlaceId[];
  readonly onToggle: (place: PlaceId) => void;
  /** Ticks every place of a preset (keeping those already ticked). */
  readonly onPreset?: (places: readonly PlaceId[]) => void;
  readonly problem: string | null;
}

export function PlaceChoices({ chosen, onToggle, onPreset, problem }: PlaceChoicesProps) {
  return (
    <fieldset
      className={problem ? 'setup-group setup-group--problem' : 'setup-group'}
      aria-describedby={problem ? 'places-problem' : undefined}
    >
      <legend className="setup-group__title">Where are you now?</legend>
      <p className="setup-group__hint">Pick every place that fits.</p>
      {problem ? (
        <p id="places-problem" className="setup-problem">
          {problem}
        </p>
      ) : null}
      {onPreset ? (
        <div className="prefs-presets">
          {placePresets.map((preset) => (
            <button
              key={preset.name}
              type="button"
              className="prefs-presets__button"
              aria-pressed={preset.places.every((place) => chosen.includes(place))}
              onClick={() => onPreset(preset.places)}
            >
              {preset.name}
            </button>
          ))}
        </div>
      ) : null}
      <div className="setup-tiles setup-tiles--places">
        {shownOrder.map((place) => {
          const hintId = `place-hint-${place}`;
          return (
            <label key={place} className="setup-tile prefs-place">
              <input
                type="checkbox"
                name="places"
                className="setup-tile__box"
                checked={chosen.includes(place)}
                onChange={() => onToggle(place)}
                aria-describedby={hintId}
              />
              <span className="setup-tile__text">
                <span className="setup-tile__name">{placeWords[place].name}</span>
                <span id={hintId} className="setup-tile__hint">
                  {placeWords[place].hint}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
