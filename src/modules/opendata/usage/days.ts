/** "Die letzten 30 Tage" of the usage figures (today and the 29 days before): the publishers' overview and "Meistgenutzt". */
export const RECENT_DAYS = 30;

const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The municipality's calendar day (what "heute" means on the statistics pages), `YYYY-MM-DD`. */
export function usageDay(at: Date): string {
  return berlinDay.format(at);
}

/** The calendar day `days` after (or before, negative) `day`; calendar arithmetic in UTC, so no daylight-saving jumps. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first of the recent days: `RECENT_DAYS` days up to and including today. */
export function firstRecentDay(now: Date): string {
  return addDays(usageDay(now), 1 - RECENT_DAYS);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
