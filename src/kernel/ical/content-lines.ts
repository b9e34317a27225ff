/**
 * The lexical layer of iCalendar (RFC 5545 §3.1–3.3): escaping TEXT values, quoting parameter
 * values, UTC DATE-TIME values and folding content lines at 75 octets. Kept apart from the
 * calendar's structure so each rule is tested on its own.
 */

/** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
export const MAX_LINE_OCTETS = 75;

/**
 * Control characters RFC 5545 forbids in TEXT (every CTL but HTAB; CR and LF are handled as line
 * breaks before this), and lone surrogates, which have no UTF-8 encoding.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n');
}

/**
 * A parameter value (§3.2): quoted when it holds `:`, `;` or `,`; a double quote cannot appear
 * inside one at all (there is no escape for it), so it becomes a single quote; line breaks become spaces.
 */
export function paramValue(value: string): string {
  const clean = value
    .replace(/[\r\n]+/g, ' ')
    .replace(FORBIDDEN, '')
    .replaceAll('"', "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** A URI value (§3.3.13) is written as it is; whitespace and control characters cannot be part of one. */
export function uriValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** A DATE-TIME in UTC (§3.3.5, form #2): `20270114T173000Z`, seconds kept, milliseconds dropped. */
export function utcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('iCalendar: invalid date');
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Splits a content line into lines of at most 75 octets (§3.1): each continuation starts with one
 * space, which counts towards its 75. Never inside a UTF-8 sequence or a surrogate pair, so every
 * line stays valid UTF-8 on its own ("a long line … SHOULD be split … between characters").
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}
