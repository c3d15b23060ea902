// After the last point: pain now from 0 to 10, then finish. Finishing without a score is fine.
import { type RefObject, useState } from 'react';
import type { PainScore } from '../../core/contracts/session-log.js';
import { PainPicker } from './PainPicker.js';

export interface PainAfterScreenProps {
  readonly onFinish: (painAfter: PainScore | null) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

export function PainAfterScreen({ onFinish, headingRef }: PainAfterScreenProps) {
  const [pain, setPain] = useState<PainScore | null>(null);
  return (
    <div className="pain-after">
      <h1 ref={headingRef} tabIndex={-1}>
        All points are done
      </h1>
      <PainPicker question="How bad is your pain now?" value={pain} onChange={setPain} />
      <button
        type="button"
        className="player-button player-button--primary"
        onClick={() => onFinish(pain)}
      >
        {pain === null ? 'Finish without a pain score' : 'Finish the session'}
      </button>
    </div>
  );
}
