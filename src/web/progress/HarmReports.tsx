// The harm reports on the progress page, newest first: what went wrong after which session,
// and whether the step is still left out of the plan.
import type { HarmReportProgress } from '../../core/progress/index.js';

const stillWords = (report: HarmReportProgress) =>
  report.stillNow ? 'still hurt when reported' : 'had eased when reported';

export function HarmReports({ reports }: { readonly reports: readonly HarmReportProgress[] }) {
  return (
    <ul className="progress-harm">
      {reports.map((report) => (
        <li key={report.sessionId} className="progress-card">
          <p>
            <strong>{report.date}</strong>: {report.stepTitle}, {report.howBad} out of 10,{' '}
            {stillWords(report)}.
          </p>
          {report.what === '' && report.where === '' ? null : (
            <p>
              {[report.what, report.where === '' ? '' : `Where: ${report.where}`]
                .filter((part) => part !== '')
                .join('. ')}
            </p>
          )}
          <p>
            {report.broughtBackOn === null
              ? 'This step is left out of the plan.'
              : `Brought back into the plan on ${report.broughtBackOn}.`}
          </p>
        </li>
      ))}
    </ul>
  );
}
