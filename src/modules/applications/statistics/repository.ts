import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { applications } from '../tables';

export interface MonthlyCount {
  /** `YYYY-MM`, the month of submission in Europe/Berlin (what "im März" means to the municipality). */
  month: string;
  serviceSlug: string;
  count: number;
}

/** Submitted Anträge per Leistung and month: counts only, drafts left out (they are not Anträge yet). */
export async function monthlySubmissionCounts(db: Executor): Promise<MonthlyCount[]> {
  const month = sql`to_char(${applications.submittedAt} at time zone 'Europe/Berlin', 'YYYY-MM')`;
  const rows = await queryRows<{ month: string; serviceSlug: string; count: number | string }>(
    db,
    sql`select ${month} as "month", ${applications.serviceSlug} as "serviceSlug", count(*) as "count"
        from ${applications}
        where ${applications.submittedAt} is not null
        group by 1, 2
        order by 1, 2`,
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
