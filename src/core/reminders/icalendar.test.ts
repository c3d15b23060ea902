import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine, MAX_LINE_OCTETS, utcDateTime } from './icalendar.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

/** RFC 5545 3.1: unfolding removes every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const readText = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('iCalendar lines', () => {
  it('keeps a short line as it is', () => {
    expect(foldLine('SUMMARY:Back session')).toBe('SUMMARY:Back session');
  });

  it('folds a long line after 75 octets, going on after one space', () => {
    const line = `DESCRIPTION:${'a'.repeat(100)}`;
    const folded = foldLine(line);
    const [first, second] = folded.split('\r\n');
    expect(octets(first!)).toBe(75);
    expect(second).toBe(` ${'a'.repeat(112 - 75)}`);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a character of several octets across lines', () => {
    const line = `SUMMARY:${'é'.repeat(40)}`; // 8 + 80 octets
    const parts = foldLine(line).split('\r\n');
    expect(octets(parts[0]!)).toBe(74); // a 75th octet would split an é
    expect(parts.every((part) => octets(part) <= MAX_LINE_OCTETS)).toBe(true);
  });

  it('for any text: no line over 75 octets, CRLF only, and unfolding gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const file = calendarText([line]);
        expect(file.endsWith('\r\n')).toBe(true);
        const lines = file.slice(0, -2).split('\r\n');
        for (const part of lines) {
          expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          expect(part).not.toMatch(/[\r\n]/);
        }
        expect(readText(unfold(file.slice(0, -2)).slice('DESCRIPTION:'.length))).toBe(
          text.replace(/\r\n|\r/g, '\n'),
        );
      }),
    );
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('writes UTC times in the basic form with Z', () => {
    expect(utcDateTime('2024-03-04T08:05:09.000Z')).toBe('20240304T080509Z');
    expect(utcDateTime('2024-03-04T08:05:09+01:00')).toBeNull();
  });
});
