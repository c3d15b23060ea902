import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionLogRecord } from '../contracts/records.js';
import { csvCell, csvRow, sessionsCsv, sessionsCsvHeader } from './sessions-csv.js';

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
const readCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
};

const log = (points: SessionLogRecord['points'], id = '11111111-0000-4000-8000-000000000001') =>
  ({
    id,
    plan: { steps: [] },
    startedAt: Date.UTC(2024, 2, 4, 18, 0, 0),
    endedAt: Date.UTC(2024, 2, 4, 18, 10, 0),
    painBefore: 6,
    painAfter: 3,
    points,
    events: [],
  }) satisfies SessionLogRecord;

const point = (id: string, rating?: { tender: boolean; reproduced: boolean; eased: boolean }) => ({
  stepIndex: 0,
  id,
  triggerPoint: id,
  technique: 'ball-against-wall',
  side: 'left' as const,
  repsDone: 3,
  secondsPressed: 90,
  endedBy: 'completed' as const,
  ...(rating ? { rating } : {}),
});

describe('spreadsheet formula guard', () => {
  it('puts a quote before a cell that starts with = + - @ tab or CR', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}HYPERLINK("http://x")`);
      const read = readCsv(`${cell}\r\n`)[0]![0]!;
      expect(read.startsWith(`'${start}`)).toBe(true);
    }
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('ball-against-wall')).toBe('ball-against-wall');
    expect(csvCell(6)).toBe('6');
    expect(csvCell(null)).toBe('');
  });

  it('never lets any cell start with a formula character once read back', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const [read] = readCsv(csvRow(cells));
        expect(read).toHaveLength(cells.length);
        read!.forEach((cell, i) => {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          // Nothing else changes: the cell is the text, or the text after one added quote.
          expect([cells[i], `'${cells[i]}`]).toContain(cell);
        });
      }),
    );
  });
});

describe('sessions CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, and ends rows with CRLF', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines'])).toBe('"a,b","say ""hi""","two\nlines"\r\n');
  });

  it('has one row per point per session, after a header', () => {
    const text = sessionsCsv([
      log([
        point('glute-left', { tender: true, reproduced: false, eased: true }),
        point('ql-left'),
      ]),
      log([point('=cmd|calc')], '11111111-0000-4000-8000-000000000002'),
    ]);
    const rows = readCsv(text);
    expect(rows[0]).toEqual([...sessionsCsvHeader]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      '11111111-0000-4000-8000-000000000001',
      '2024-03-04T18:00:00.000Z',
      '2024-03-04T18:10:00.000Z',
      '6',
      '3',
      '0',
      'glute-left',
      'glute-left',
      'ball-against-wall',
      'left',
      '3',
      '90',
      'completed',
      'true',
      'false',
      'true',
    ]);
    expect(rows[2]!.slice(13)).toEqual(['', '', '']); // no rating given
    expect(rows[3]![6]).toBe("'=cmd|calc");
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('keeps a session without points as one row with its pain scores', () => {
    const rows = readCsv(sessionsCsv([log([])]));
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 5)).toEqual([
      '11111111-0000-4000-8000-000000000001',
      '2024-03-04T18:00:00.000Z',
      '2024-03-04T18:10:00.000Z',
      '6',
      '3',
    ]);
  });

  it('repeats a harm report on each row of its session, with when the step came back', () => {
    const harm = {
      reportedAt: Date.UTC(2024, 2, 4, 18, 12, 0),
      because: 'pain-worse' as const,
      step: { id: 'glute-left', triggerPoint: 'glute-left', title: 'Buttock point' },
      what: 'Sharp, pins and needles',
      where: 'Left buttock',
      howBad: 7,
      stillNow: true,
      broughtBackAt: null,
    };
    const rows = readCsv(sessionsCsv([{ ...log([point('glute-left'), point('ql-left')]), harm }]));
    const at = sessionsCsvHeader.indexOf('harm_reported_at');
    for (const row of rows.slice(1)) {
      expect(row.slice(at)).toEqual([
        '2024-03-04T18:12:00.000Z',
        'Buttock point',
        'Sharp, pins and needles',
        'Left buttock',
        '7',
        'true',
        '',
      ]);
    }
  });
});
