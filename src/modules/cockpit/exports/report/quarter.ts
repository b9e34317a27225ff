import { addDays, berlinDay } from '../../../../kernel/time';

/** A calendar quarter: its Berlin days from the first to the last, and how people say it. */
export interface Quarter {
  /** `2026-q4`, as in the report's URL. */
  id: string;
  firstDay: string;
  lastDay: string;
  /** "4. Quartal 2026". */
  label: string;
}

/**
 * The quarter a URL names (`2026-q4`), or undefined for anything else and for a quarter that has not
 * begun yet (its report would describe the future). The running quarter has a report: as of today.
 */
export function quarterOf(text: string, now: Date): Quarter | undefined {
  const match = /^(\d{4})-q([1-4])$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < 2000) return undefined;
  const firstMonth = (number - 1) * 3 + 1;
  const firstDay = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  if (firstDay > berlinDay(now)) return undefined;
  const nextFirstDay = number === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { id: text, firstDay, lastDay: addDays(nextFirstDay, -1), label: `${number}. Quartal ${year}` };
}

/** The quarter today lies in, for the link to the latest report. */
export function currentQuarterId(now: Date): string {
  const [year, month] = berlinDay(now).split('-').map(Number) as [number, number];
  return `${year}-q${Math.floor((month - 1) / 3) + 1}`;
}
