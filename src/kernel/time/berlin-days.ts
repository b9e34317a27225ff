/**
 * Calendar days in Berlin, where the portal's events take place: a day starts at 00:00 local time,
 * 22:00 or 23:00 UTC the day before. The days are ISO strings (`2026-12-07`), as in the URL.
 */
const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
const hourParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' });
const HOUR_MS = 3_600_000;

/**
 * Berlin's offset from UTC at a moment, in ms. It changes only at the clock changes, which fall on a
 * full UTC hour (01:00), so it is asked of Intl once per UTC hour and kept: a calendar page formats
 * hundreds of times, and Intl with a time zone costs microseconds each.
 */
const offsetByHour = new Map<number, number>();
const OFFSETS_KEPT = 50_000;
const offsetParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

function berlinOffsetMs(moment: Date): number {
  const hour = Math.floor(moment.getTime() / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const parts = Object.fromEntries(offsetParts.formatToParts(new Date(hour * HOUR_MS)).map((part) => [part.type, Number(part.value)]));
    offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - hour * HOUR_MS;
    if (offsetByHour.size >= OFFSETS_KEPT) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** A moment's Berlin wall clock as an ISO string (`2026-12-07T18:30:00.000Z`, the Z not meaning UTC). */
function berlinWallClock(moment: Date): string {
  return new Date(moment.getTime() + berlinOffsetMs(moment)).toISOString();
}

/** The Berlin calendar day of a moment, e.g. `2026-12-07`. */
export function berlinDay(moment: Date): string {
  return berlinWallClock(moment).slice(0, 10);
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

/** The Berlin wall-clock time of a moment, `HH:MM`. */
export function berlinTime(moment: Date): string {
  return berlinWallClock(moment).slice(11, 16);
}
