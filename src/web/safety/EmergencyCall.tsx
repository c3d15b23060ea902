// The call for emergency help: the deployment's number(s) in words, and one big dial button
// per number so a thumb can call straight from the screen.
import { callWording, type EmergencyNumber, emergencyNumbers } from './emergency-number.js';
import './safety.css';

export function EmergencyCall({
  numbers = emergencyNumbers,
}: {
  readonly numbers?: readonly EmergencyNumber[];
}) {
  return (
    <div className="emergency-call">
      <p className="emergency-call__words">
        {callWording(numbers)} now, or go straight to a hospital emergency department.
      </p>
      <ul className="emergency-call__numbers">
        {numbers.map(({ number, place }) => (
          <li key={number}>
            <a className="button emergency-call__dial" href={`tel:${number}`}>
              Call {number}
              {place === '' ? null : <span className="emergency-call__place"> ({place})</span>}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
