import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { total } from '../../kernel/figures';
import type { FigureSource } from '../../kernel/module';
import { berlinDay, countsByMonth, recentMonths } from '../../kernel/time';

const MONTHS = 12;

/**
 * The Ratsinformation's share of the cockpit's live figures: public papers (Drucksachen) per month of
 * their date. One statement; non-public and deleted papers do not count.
 */
export const councilFigures: FigureSource = {
  area: 'Ratsinformation',
  compute: async ({ db }, now) => {
    const months = recentMonths(now, MONTHS);
    const rows = await queryRows<{ month: string; value: number }>(
      db,
      sql`select to_char(date, 'YYYY-MM') as month, count(*)::int as value from council_papers
          where public and not deleted and date >= ${`${months[0]}-01`}::date and date <= ${berlinDay(now)}::date
          group by 1`,
    );
    const papers = countsByMonth(months, rows);
    return [
      {
        key: 'council.papers-published',
        label: 'Veröffentlichte Drucksachen',
        unit: 'count',
        definition: `Öffentliche Vorlagen, Anträge und Anfragen im Ratsinformationssystem mit einem Datum in den letzten ${MONTHS} Monaten (einschließlich des laufenden), je Monat.`,
        value: total(papers),
        months: papers,
      },
    ];
  },
};
