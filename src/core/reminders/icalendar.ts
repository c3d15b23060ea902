// iCalendar (RFC 5545) writing: TEXT escaping (section 3.3.11), line folding at 75 octets
// (section 3.1) and CRLF line endings, so any calendar app reads what Unknot offers.

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Lines are at most 75 octets, excluding the line break (RFC 5545 3.1). */
export const MAX_LINE_OCTETS = 75;

/**
 * Folds one content line: after at most 75 octets comes CRLF and one space, and the space
 * counts toward the next line's 75. A character is never split across lines.
 */
export const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
};

/** Content lines joined as the RFC wants them: folded, each ended by CRLF. */
export const calendarText = (lines: readonly string[]): string =>
  lines.map((line) => `${foldLine(line)}\r\n`).join('');

/** 2024-03-04T08:05:09.000Z as an iCalendar UTC DATE-TIME: 20240304T080509Z. */
export const utcDateTime = (isoInstant: string): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(isoInstant);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  return `${year}${month}${day}T${hour}${minute}${second}Z`;
};
