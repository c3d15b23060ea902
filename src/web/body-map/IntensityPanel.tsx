// The panel for the chosen region: how much it hurts on a labelled 0-10 slider with
// minus and plus buttons for a shaky thumb, and ways to clear the area or close the panel.
import { type Ref, useId } from 'react';
import { maxIntensity, minIntensity, stepIntensity } from './pain-scale.js';
import { painAmount } from './region-label.js';

export interface IntensityPanelProps {
  readonly name: string;
  readonly intensity: number;
  readonly headingLevel: 2 | 3;
  readonly onIntensity: (intensity: number) => void;
  readonly onClear: () => void;
  readonly onDone: () => void;
  readonly sliderRef?: Ref<HTMLInputElement>;
}

export function IntensityPanel({
  name,
  intensity,
  headingLevel,
  onIntensity,
  onClear,
  onDone,
  sliderRef,
}: IntensityPanelProps) {
  const titleId = useId();
  const sliderId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="body-map__panel" aria-labelledby={titleId}>
      <Heading id={titleId} className="body-map__panel-title">
        {name}
      </Heading>
      <label htmlFor={sliderId}>
        Pain here: <span className="body-map__amount">{painAmount(intensity)}</span>
      </label>
      <div className="body-map__stepper">
        <button
          type="button"
          className="body-map__step"
          aria-label="One less"
          onClick={() => onIntensity(stepIntensity(intensity, -1))}
        >
          −
        </button>
        <input
          ref={sliderRef}
          id={sliderId}
          className="body-map__slider"
          type="range"
          min={minIntensity}
          max={maxIntensity}
          step={1}
          value={intensity}
          aria-valuetext={painAmount(intensity)}
          onChange={(event) => onIntensity(Number(event.currentTarget.value))}
        />
        <button
          type="button"
          className="body-map__step"
          aria-label="One more"
          onClick={() => onIntensity(stepIntensity(intensity, 1))}
        >
          +
        </button>
      </div>
      <div className="body-map__actions">
        <button type="button" onClick={onClear}>
          Clear this area
        </button>
        <button type="button" className="primary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
