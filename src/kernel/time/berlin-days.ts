/**
 * Calendar days in Berlin, where the portal's events take place: a day starts at 00:00 local time,
 * 22:00 or 23:00 UTC the day before. The days are ISO strings (`2026-12-07`), as in the URL.
 */
const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
const hourParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' });
const HOUR_MS = 3_600_000;

/** The Berlin calendar day of a moment, e.g. `2026-12-07`. */
export function berlinDay(moment: Date): string {
  return dayParts.format(moment);
}

/** The moment the given Berlin day begins (its first hour; 00:00 exists every day in Berlin). */
export function berlinDayStart(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * HOUR_MS);
    if (dayParts.format(candidate) === day && hourParts.format(candidate) === '00') return candidate;
  }
  throw new RangeError(`not a calendar day: ${day}`);
}

/** The day `count` days after `day` (negative: before). */
export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
}

/** The moment of a Berlin wall-clock time (`HH:MM`) on a Berlin day; undefined for a time the clocks skip. */
export function berlinMoment(day: string, time: string): Date | undefined {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const start = berlinDayStart(day).getTime();
  // The day's start plus the wall-clock time, corrected by the offset change since the start (a clock-change day).
  for (const shiftHours of [0, -1, 1]) {
    const candidate = new Date(start + (hours + shiftHours) * HOUR_MS + minutes * 60_000);
    if (berlinDay(candidate) === day && berlinTime(candidate) === `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`) return candidate;
  }
  return undefined;
}

const timeParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Berlin wall-clock time of a moment, `HH:MM`. */
export function berlinTime(moment: Date): string {
  return timeParts.format(moment);
}
