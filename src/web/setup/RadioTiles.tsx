// A small set of one-of choices drawn as big tiles: real radio buttons, so the arrow keys move
// between them and a screen reader hears "1 of 3".
export interface RadioTile<V extends string> {
  readonly value: V;
  readonly name: string;
  readonly hint?: string;
}

export interface RadioTilesProps<V extends string> {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly choices: readonly RadioTile<V>[];
  /** Null until the person picks one. */
  readonly value: V | null;
  readonly onChange: (value: V) => void;
}

export function RadioTiles<V extends string>(props: RadioTilesProps<V>) {
  const { name, legend, hint, choices, value, onChange } = props;
  return (
    <fieldset className="setup-group">
      <legend className="setup-group__title">{legend}</legend>
      {hint ? <p className="setup-group__hint">{hint}</p> : null}
      <div
        className={
          choices.length === 3 ? 'setup-tiles setup-tiles--three' : 'setup-tiles setup-tiles--row'
        }
      >
        {choices.map((choice) => (
          <label key={choice.value} className="setup-tile setup-radio">
            <input
              type="radio"
              name={name}
              className="setup-tile__box"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span className="setup-tile__text">
              <span className="setup-tile__name">{choice.name}</span>
              {choice.hint ? <span className="setup-tile__hint">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
