const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
const moneyFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

const HOUR_MS = 3_600_000;
/** Since 1900 Berlin's offset from UTC is a whole number of hours (before 1893 it was local mean time). */
const WHOLE_HOUR_OFFSETS_FROM = Date.UTC(1900, 0, 1);
const MAX_KEPT_HOURS = 20_000;
const berlinHours = new Map<number, { day: string; hour: string }>();

/**
 * The Berlin day and hour of a moment, kept per UTC hour: Berlin's offset changes only at a whole UTC
 * hour, so every moment of one UTC hour has the same day and hour there. `Intl` formatting costs a few
 * microseconds a call and the back-office lists format two or three dates a row (a tenth of the inbox's
 * rendering); the lists' dates fall into few hours. Undefined for moments where this does not hold.
 */
function berlinHour(date: Date): { day: string; hour: string } | undefined {
  const time = date.getTime();
  if (!(time >= WHOLE_HOUR_OFFSETS_FROM)) return undefined;
  const key = Math.floor(time / HOUR_MS);
  let parts = berlinHours.get(key);
  if (!parts) {
    if (berlinHours.size >= MAX_KEPT_HOURS) berlinHours.clear();
    const start = new Date(key * HOUR_MS);
    parts = { day: dateFormat.format(start), hour: timeFormat.format(start).slice(0, 2) };
    berlinHours.set(key, parts);
  }
  return parts;
}

/** 27.03.2026 */
export function formatDate(date: Date): string {
  return berlinHour(date)?.day ?? dateFormat.format(date);
}

/** 27.03.2026, 14:30 Uhr */
export function formatDateTime(date: Date): string {
  const parts = berlinHour(date);
  // Whole-hour offsets: the minutes in Berlin are the minutes in UTC.
  if (parts) return `${parts.day}, ${parts.hour}:${String(date.getUTCMinutes()).padStart(2, '0')} Uhr`;
  return `${dateFormat.format(date)}, ${timeFormat.format(date)} Uhr`;
}

/** 1.234,56 € from cents. */
export function formatMoney(cents: number): string {
  return moneyFormat.format(cents / 100);
}
