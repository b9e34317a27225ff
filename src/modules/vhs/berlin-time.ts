/**
 * Courses are planned in local time ("Dienstags 18:00 Uhr"); the database stores instants. The
 * portal's towns are German, so local time is Europe/Berlin, as in kernel/views/format.ts.
 */
const berlinParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD` of the instant in Berlin. */
export function berlinDay(instant: Date): string {
  const parts = Object.fromEntries(berlinParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `HH:MM` of the instant in Berlin. */
export function berlinClock(instant: Date): string {
  const parts = Object.fromEntries(berlinParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.hour}:${parts.minute}`;
}

/**
 * The instant of a Berlin wall-clock time on a calendar day (`2027-03-28`, `18:00`). Berlin is UTC+1
 * or UTC+2; the offset that gives back the same wall clock is the right one (in the hour skipped in
 * spring, the later one).
 */
export function berlinInstant(day: string, clock = '00:00'): Date {
  const naive = new Date(`${day}T${clock}:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(naive.getTime() - offsetHours * 3_600_000);
    if (berlinDay(candidate) === day && berlinClock(candidate) === clock) return candidate;
  }
  return new Date(naive.getTime() - 3_600_000);
}

/** The calendar day `days` after `day` (both `YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
