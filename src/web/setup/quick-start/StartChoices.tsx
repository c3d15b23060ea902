// The way on from a result that allows self-care: "Start now" makes a first plan from the body
// map and the hands alone (tools, place and the checks can follow), or the full path first.
// A site precaution needs the areas to keep clear marked, so then only the full path is offered.
import type { TriageResponse } from '../../../core/contracts/triage.js';
import { painMapRecord, preferencesRecord } from '../../device/records.js';
import { planPath, preferencesPath } from '../../paths.js';
import { Link, navigate } from '../../router.js';
import { firstPreferences, safetyAsksToSkip } from '../preferences/preferences-form.js';
import { quickMinutes, quickPlaces } from './quick-start.js';

export function StartChoices({ result }: { readonly result: TriageResponse }) {
  const full = (
    <Link href={preferencesPath} className="button primary result__next">
      Next: your tools and place
    </Link>
  );
  if (safetyAsksToSkip(result.precautions.map((precaution) => precaution.id))) return full;
  const startNow = () => {
    // Choices made before are kept; only a first visit gets the hands-only start.
    if (preferencesRecord.read() === null) {
      const marks = painMapRecord.read()?.marks ?? {};
      preferencesRecord.write({
        ...firstPreferences(new Date(), marks),
        places: [...quickPlaces],
        minutes: quickMinutes,
      });
    }
    navigate(planPath);
  };
  return (
    <>
      <button type="button" className="primary result__next" onClick={startNow}>
        Start now with your hands
      </button>
      <p className="result__full-path">
        <Link href={preferencesPath}>Or first choose your tools and place</Link>
      </p>
    </>
  );
}
