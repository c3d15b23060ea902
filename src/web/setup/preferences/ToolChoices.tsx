// The tools a person has today: the hands, always counted, and big picture tiles to tick for
// everything else, softest first, each with what to use from home instead (S16).
import { tools } from '../../../content/tools.js';
import { handTools, type ToolId } from '../../../core/spec/index.js';
import { objectTools } from './preferences-form.js';
import { ToolPicture } from './ToolPicture.js';

// Pressing tools softest first; the bolster, a prop that presses nothing, goes last.
const byFirmness = [...tools].sort(
  (a, b) =>
    Number(a.kind === 'prop') - Number(b.kind === 'prop') || a.firmnessOrder - b.firmnessOrder,
);
const hands = byFirmness.filter((tool) => handTools.includes(tool.id));
const objects = byFirmness.filter((tool) => objectTools.includes(tool.id));

export interface ToolChoicesProps {
  readonly chosen: readonly ToolId[];
  readonly onToggle: (tool: ToolId) => void;
}

export function ToolChoices({ chosen, onToggle }: ToolChoicesProps) {
  return (
    <fieldset className="setup-group">
      <legend className="setup-group__title">Which tools do you have with you?</legend>
      <p className="setup-group__hint">
        Tick all you have. Start with the softest: you can go firmer later.
      </p>
      <div className="prefs-hands">
        <p className="prefs-hands__title">Always with you</p>
        <ul className="prefs-hands__list">
          {hands.map((tool) => (
            <li key={tool.id} className="prefs-hands__item">
              <ToolPicture tool={tool.id} className="prefs-tool__picture" />
              <span>{tool.name}</span>
            </li>
          ))}
        </ul>
        <p className="prefs-hands__note">Your hands are part of every plan. Nothing to tick.</p>
      </div>
      <div className="setup-tiles setup-tiles--tools">
        {objects.map((tool) => {
          const hintId = `tool-hint-${tool.id}`;
          return (
            <label key={tool.id} className="setup-tile prefs-tool">
              <input
                type="checkbox"
                className="setup-tile__box"
                checked={chosen.includes(tool.id)}
                onChange={() => onToggle(tool.id)}
                aria-describedby={hintId}
              />
              <ToolPicture tool={tool.id} className="prefs-tool__picture" />
              <span className="setup-tile__text">
                <span className="setup-tile__name">{tool.name}</span>
                <span id={hintId} className="setup-tile__hint">
                  {orUse(tool.householdAlternative)}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The household stand-in as a choice, not a definition: "Or use two tennis balls in a sock." */
export const orUse = (alternative: string): string =>
  `Or use ${alternative.charAt(0).toLowerCase()}${alternative.slice(1)}`;
