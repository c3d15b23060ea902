// A client's latest safety check for the therapist: when, whether self-care may go on, what
// Unknot told the client to do, and why, with the plan changes (the safety screen's own parts).
import type { SafetyScreenRecord } from '../../core/contracts/records.js';
import { momentWords } from '../account/when-words.js';
import { PrecautionList, ReasonList } from '../safety/ResultParts.js';

export function SafetyScreenSummary(props: {
  readonly screen: SafetyScreenRecord;
  readonly name: string;
}) {
  const { result } = props.screen;
  return (
    <div className="client-view__safety">
      <p>
        Answered {momentWords(props.screen.answeredAt)}.{' '}
        <strong>
          {result.selfCareAllowed ? 'Self-care may go on.' : 'This result stopped self-care.'}
        </strong>
        {props.screen.changeReportedAt
          ? ` Since then ${props.name} reported that something changed.`
          : ''}
      </p>
      <p>
        What Unknot told {props.name}: {result.nextStep.message}
      </p>
      <ReasonList reasons={result.reasons} heading="What the answers showed" />
      <PrecautionList precautions={result.precautions} />
    </div>
  );
}
