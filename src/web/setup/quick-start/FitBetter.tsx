// After a quick first start: what would make the next plan fit better (the psoas check, tools
// and place, what loads the back), offered after the session and on the plan page. The method
// does the psoas check before the points, so it comes first and says so.
import { overloadRecord, preferencesRecord, psoasCheckRecord } from '../../device/records.js';
import { useDeviceRecord } from '../../device/store.js';
import { overloadPath, preferencesPath, psoasCheckPath } from '../../paths.js';
import { Link } from '../../router.js';
import './quick-start.css';

export function FitBetter() {
  const psoas = useDeviceRecord(psoasCheckRecord);
  const preferences = useDeviceRecord(preferencesRecord);
  const overload = useDeviceRecord(overloadRecord);
  const handsOnly = preferences !== null && preferences.tools.length === 0;
  if (psoas !== null && !handsOnly && overload !== null) return null;
  return (
    <section className="fit-better" aria-labelledby="fit-better-title">
      <h2 id="fit-better-title">Make your next plan fit you better</h2>
      <ul className="fit-better__list">
        {psoas === null ? (
          <li>
            <Link href={psoasCheckPath}>Do the psoas check first</Link>
            <span>
              {' '}
              The method checks the deep hip muscle (psoas) before the points. Your first session
              skipped it; it takes about two minutes.
            </span>
          </li>
        ) : null}
        {handsOnly ? (
          <li>
            <Link href={preferencesPath}>Add your tools and place</Link>
            <span> A ball or a wall can reach points your hands cannot.</span>
          </li>
        ) : null}
        {overload === null ? (
          <li>
            <Link href={overloadPath}>What loads your back</Link>
            <span> A few questions on sitting, lifting and sleep.</span>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
