import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';

/**
 * Next reference number of the year, e.g. `ISN-2026-000123`. One atomic upsert: concurrent
 * submissions never get the same number, and a rolled-back submission leaves a gap (numbers are
 * unique, not gapless).
 */
export async function allocateReference(tx: Executor, prefix: string, now: Date = new Date()): Promise<string> {
  const year = berlinYear(now);
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`insert into application_reference_counters (year, last) values (${year}, 1)
        on conflict (year) do update set last = application_reference_counters.last + 1
        returning last`,
  );
  return formatReference(prefix, year, row!.last);
}

/** Built once: a formatter costs ~0.25 ms to create, more than the rest of the allocation. */
const berlinYearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' });

/** The year as the municipality counts it: New Year's Eve 23:30 UTC is already next year in Germany. */
function berlinYear(now: Date): number {
  return Number(berlinYearFormat.format(now));
}

export function formatReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}
