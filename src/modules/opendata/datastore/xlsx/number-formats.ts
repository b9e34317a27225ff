/** What a cell's number means, by the number format of its style: a plain number, a date, a date with time, a time of day. */
export type NumberKind = 'number' | 'date' | 'timestamp' | 'time';

/**
 * Excel's built-in formats that show dates and times (ECMA-376 part 1, 18.8.30): 14–17 dates,
 * 18–21 times, 22 date and time, 45–47 minutes and seconds. They have no format code in styles.xml.
 */
const BUILT_IN: Readonly<Record<number, NumberKind>> = {
  14: 'date',
  15: 'date',
  16: 'date',
  17: 'date',
  18: 'time',
  19: 'time',
  20: 'time',
  21: 'time',
  22: 'timestamp',
  45: 'time',
  46: 'time',
  47: 'time',
};

/**
 * The kind of a custom format code such as `DD.MM.YYYY`, `d/m/yy h:mm` or `#,##0.00 "€"`: quoted
 * text, escaped characters and bracketed parts (`[$-407]`, `[Red]`) say nothing about dates and are
 * removed first. A code with a day or year is a date (and a timestamp with hours or seconds); `m`
 * alone is ambiguous (month or minute), so only h/s make a code without d/y a time.
 */
export function kindOfFormatCode(code: string): NumberKind {
  // Only the first section (positive numbers) decides; `General` and number codes are plain numbers.
  const first = code.split(';')[0] ?? '';
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (/general/.test(bare)) return 'number';
  const hasDate = /[dy]/.test(bare);
  const hasTime = /[hs]/.test(bare);
  if (hasDate) return hasTime ? 'timestamp' : 'date';
  return hasTime ? 'time' : 'number';
}

/** The kind for a number format id, with the workbook's own codes (`<numFmt numFmtId formatCode>`). */
export function kindOfNumberFormat(numFmtId: number, customCodes: ReadonlyMap<number, string>): NumberKind {
  const code = customCodes.get(numFmtId);
  if (code !== undefined) return kindOfFormatCode(code);
  return BUILT_IN[numFmtId] ?? 'number';
}
