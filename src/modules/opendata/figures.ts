import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { largestParts, total } from '../../kernel/figures';
import type { FigureSource } from '../../kernel/module';
import { berlinDay, countsByMonth, recentMonths } from '../../kernel/time';

const MONTHS = 12;
/** More publishers than this are summed up in one part: a bar chart of forty stubs says nothing. */
const MOST_PUBLISHERS = 8;

/**
 * The Transparenzportal's share of the cockpit's live figures: the datasets anyone can find (per
 * publisher) and their use per month from `usage/` (page views and downloads, counted without
 * personal data). Two statements.
 */
export const opendataFigures: FigureSource = {
  area: 'Transparenzportal',
  compute: async ({ db }, now) => {
    const months = recentMonths(now, MONTHS);
    const [publishers, usage] = await Promise.all([
      queryRows<{ label: string; value: number }>(
        db,
        sql`select o.title as label, count(*)::int as value
            from opendata_datasets d join opendata_organizations o on o.id = d.organization_id
            where d.state = 'active' and not d.private
            group by o.id, o.title order by value desc, o.title collate "und-x-icu"`,
      ),
      queryRows<{ month: string; views: number; downloads: number }>(
        db,
        sql`select to_char(day, 'YYYY-MM') as month, sum(page_views)::int as views, sum(downloads)::int as downloads
            from opendata_usage_daily where day >= ${`${months[0]}-01`}::date and day <= ${berlinDay(now)}::date group by 1`,
      ),
    ]);
    const viewMonths = countsByMonth(
      months,
      usage.map((row) => ({ month: row.month, value: row.views })),
    );
    const downloadMonths = countsByMonth(
      months,
      usage.map((row) => ({ month: row.month, value: row.downloads })),
    );
    return [
      {
        key: 'opendata.datasets',
        label: 'Veröffentlichte Datensätze',
        unit: 'count',
        definition:
          'Datensätze im Transparenzportal, die jede und jeder sehen und herunterladen kann (veröffentlicht, nicht privat), aufgeteilt nach Herausgeber.',
        value: total(publishers),
        parts: largestParts(publishers, MOST_PUBLISHERS, 'Weitere Herausgeber'),
      },
      {
        key: 'opendata.page-views',
        label: 'Aufrufe von Datensätzen',
        unit: 'count',
        definition: `Aufrufe der Seiten aller Datensätze in den letzten ${MONTHS} Monaten (einschließlich des laufenden), je Monat; Suchmaschinen und Bots zählen nicht.`,
        value: total(viewMonths),
        months: viewMonths,
      },
      {
        key: 'opendata.downloads',
        label: 'Downloads von Datensätzen',
        unit: 'count',
        definition: `Heruntergeladene Dateien aller Datensätze in den letzten ${MONTHS} Monaten (einschließlich des laufenden), je Monat; Suchmaschinen und Bots zählen nicht.`,
        value: total(downloadMonths),
        months: downloadMonths,
      },
    ];
  },
};
