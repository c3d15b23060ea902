// The sessions as CSV (RFC 4180): one row per point per session, quoted where needed, with
// spreadsheet formulas defused (OWASP "CSV Injection"), since a point or activity name can
// come from anyone's device.
import type { SessionLogRecord } from '../contracts/records.js';

// A cell starting with one of these may run as a formula in Excel, LibreOffice or Sheets.
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: formulas defused with a leading quote, then quoted if it holds " , CR or LF. */
export const csvCell = (value: string | number | boolean | null | undefined): string => {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180: fields separated by commas, records ended by CRLF. */
export const csvRow = (cells: readonly (string | number | boolean | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;

export const sessionsCsvHeader = [
  'session_id',
  'started_at',
  'ended_at',
  'pain_before',
  'pain_after',
  'step_index',
  'point_id',
  'trigger_point',
  'technique',
  'side',
  'reps_done',
  'seconds_pressed',
  'ended_by',
  'tender',
  'reproduced',
  'eased',
  // A harm report on the session, repeated on each of its rows; empty when none was made.
  'harm_reported_at',
  'harm_step',
  'harm_what',
  'harm_where',
  'harm_how_bad',
  'harm_still_now',
  'harm_brought_back_at',
] as const;

const instant = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString();

/**
 * Every session, oldest first as given, with one row per point. A session with no points still
 * gets one row, so its pain before and after are not lost.
 */
export const sessionsCsv = (logs: readonly SessionLogRecord[]): string => {
  const rows = [csvRow(sessionsCsvHeader)];
  for (const log of logs) {
    const session = [
      log.id,
      instant(log.startedAt),
      instant(log.endedAt),
      log.painBefore,
      log.painAfter,
    ];
    const harm = log.harm
      ? [
          instant(log.harm.reportedAt),
          log.harm.step.title,
          log.harm.what,
          log.harm.where,
          log.harm.howBad,
          log.harm.stillNow,
          instant(log.harm.broughtBackAt),
        ]
      : [];
    const blank = Array.from({ length: 11 }, () => null);
    if (log.points.length === 0)
      rows.push(csvRow(harm.length > 0 ? [...session, ...blank, ...harm] : session));
    for (const point of log.points) {
      rows.push(
        csvRow([
          ...session,
          point.stepIndex,
          point.id,
          point.triggerPoint,
          point.technique,
          point.side,
          point.repsDone,
          point.secondsPressed,
          point.endedBy,
          point.rating?.tender,
          point.rating?.reproduced,
          point.rating?.eased,
          ...harm,
        ]),
      );
    }
  }
  return rows.join('');
};
