// The points found by hand as a list, one card each: the point and side, how tender, whether
// it brought on the usual pain, and the note, always as text (never as HTML). The therapist's
// copy has Change and Delete buttons; the client's is read-only.
import type { Finding } from '../../core/contracts/therapist-work.js';
import { dayWords } from '../account/when-words.js';
import { findingTitle, reproducedLine, tendernessLine } from './finding-words.js';
import './findings.css';

export function FindingList(props: {
  readonly findings: readonly Finding[];
  readonly whose: 'your' | 'their';
  readonly label: string;
  readonly onEdit?: (finding: Finding) => void;
  readonly onDelete?: (finding: Finding) => void;
}) {
  const { whose, onEdit, onDelete } = props;
  return (
    <ul className="finding-list" aria-label={props.label}>
      {props.findings.map((finding) => {
        const title = findingTitle(finding);
        const reproduced = reproducedLine(finding.reproducesPain, whose);
        return (
          <li key={finding.id} className="finding-card">
            <p className="finding-card__title">
              <strong>{title}</strong>
            </p>
            <p className="finding-card__facts">
              {tendernessLine(finding.tenderness)}
              {reproduced === null ? null : ` ${reproduced}`}
            </p>
            {finding.note === '' ? null : <p className="finding-card__note">{finding.note}</p>}
            <p className="finding-card__by">
              {whose === 'your'
                ? `Found by ${finding.therapist.displayName}, ${dayWords(finding.updatedAt)}`
                : `Marked ${dayWords(finding.updatedAt)}`}
            </p>
            {onEdit === undefined && onDelete === undefined ? null : (
              <p className="finding-card__actions">
                {onEdit ? (
                  <button
                    type="button"
                    aria-label={`Change: ${title}`}
                    onClick={() => onEdit(finding)}
                  >
                    Change
                  </button>
                ) : null}
                {onDelete ? (
                  <button
                    type="button"
                    aria-label={`Delete: ${title}`}
                    onClick={() => onDelete(finding)}
                  >
                    Delete
                  </button>
                ) : null}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
