import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { total } from '../../kernel/figures';
import type { FigureSource, MonthValue } from '../../kernel/module';
import { countsByMonth, monthsStart, recentMonths } from '../../kernel/time';

const MONTHS = 12;
const oneDecimal = (value: number | string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
const berlinMonth = (column: string) => sql.raw(`to_char(${column} at time zone 'Europe/Berlin', 'YYYY-MM')`);

interface Submitted {
  month: string;
  value: number;
  guests: number;
}

interface Processing {
  /** Null on the row over all months (grouping set `()`). */
  month: string | null;
  median: number | null;
  p90: number | null;
}

/** Months with decided Anträge only: a month without one has no processing time (no 0 that would read as "instant"). */
function processingMonths(rows: Processing[], months: readonly string[], pick: 'median' | 'p90'): MonthValue[] {
  return months.flatMap((month) => {
    const value = oneDecimal(rows.find((row) => row.month === month)?.[pick] ?? null);
    return value === null ? [] : [{ month, value }];
  });
}

/**
 * The Anträge's share of the cockpit's live figures: submissions per month (with accounts and as guests)
 * and how long a decision takes. Two statements over the last twelve months, read by the submission and
 * the closing time's indexes.
 */
export const applicationsFigures: FigureSource = {
  area: 'Online-Anträge',
  compute: async ({ db }, now) => {
    const months = recentMonths(now, MONTHS);
    const start = monthsStart(months);
    const [submitted, processing] = await Promise.all([
      queryRows<Submitted>(
        db,
        sql`select ${berlinMonth('submitted_at')} as month, count(*)::int as value, count(*) filter (where applicant_id is null)::int as guests
            from applications where submitted_at >= ${start} and submitted_at <= ${now} group by 1`,
      ),
      queryRows<Processing>(
        db,
        sql`with decided as (
              select ${berlinMonth('closed_at')} as month, extract(epoch from closed_at - submitted_at) / 86400 as days
              from applications
              where status in ('approved', 'rejected') and closed_at >= ${start} and closed_at <= ${now} and submitted_at is not null
            )
            select month, percentile_cont(0.5) within group (order by days) as median, percentile_cont(0.9) within group (order by days) as p90
            from decided group by grouping sets ((month), ())`,
      ),
    ]);
    const all = total(submitted);
    const guests = total(submitted.map((row) => ({ value: row.guests })));
    const overall = processing.find((row) => row.month === null);
    const decidedDefinition = (what: string) =>
      `${what} der Tage von der Einreichung bis zur Entscheidung (bewilligt oder abgelehnt) über alle Anträge, die in den letzten ${MONTHS} Monaten entschieden wurden; je Monat der Entscheidung.`;
    return [
      {
        key: 'applications.submitted',
        label: 'Eingereichte Online-Anträge',
        unit: 'count',
        definition: `Anträge, die in den letzten ${MONTHS} Monaten (einschließlich des laufenden) über das Stadtportal eingereicht wurden, je Monat der Einreichung; aufgeteilt nach Anträgen mit Bürgerkonto und ohne Konto (als Gast). Entwürfe zählen nicht.`,
        value: all,
        parts: [
          { label: 'Mit Bürgerkonto', value: all - guests },
          { label: 'Als Gast', value: guests },
        ],
        months: countsByMonth(months, submitted),
      },
      {
        key: 'applications.processing-days-median',
        label: 'Bearbeitungszeit (Median)',
        unit: 'days',
        definition: decidedDefinition('Median'),
        value: oneDecimal(overall?.median ?? null),
        months: processingMonths(processing, months, 'median'),
      },
      {
        key: 'applications.processing-days-p90',
        label: 'Bearbeitungszeit (90 % der Anträge)',
        unit: 'days',
        definition: decidedDefinition('90. Perzentil (neun von zehn Anträgen sind schneller entschieden)'),
        value: oneDecimal(overall?.p90 ?? null),
        months: processingMonths(processing, months, 'p90'),
      },
    ];
  },
};
