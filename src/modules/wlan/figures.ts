import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { largestParts, total } from '../../kernel/figures';
import type { FigureSource } from '../../kernel/module';
import { berlinDay, countsByMonth, monthsStart, recentMonths } from '../../kernel/time';

const MONTHS = 12;
/** More operators than this are summed up in one part. */
const MOST_OPERATORS = 8;

/**
 * The free WiFi's share of the cockpit's live figures: the hotspots online now (by operator) with their
 * trend from the day history `wlan_hotspot_days` (one row per hotspot and day it was seen), and the
 * citizens' gap reports per month, received and closed. Four statements; only what stands inside the
 * municipality's area counts, as on /wlan/statistik.
 */
export const wlanFigures: FigureSource = {
  area: 'Freies WLAN',
  compute: async ({ db }, now) => {
    const months = recentMonths(now, MONTHS);
    const start = monthsStart(months);
    const month = (column: string) => sql.raw(`to_char(${column} at time zone 'Europe/Berlin', 'YYYY-MM')`);
    const [operators, history, received, closed] = await Promise.all([
      queryRows<{ label: string; value: number }>(
        db,
        sql`select operator as label, count(*)::int as value from wlan_hotspots
            where online and inside_area and removed_at is null
            group by operator order by value desc, operator collate "und-x-icu"`,
      ),
      queryRows<{ month: string; value: number }>(
        db,
        sql`select to_char(day, 'YYYY-MM') as month, round(avg(online)::numeric, 1)::float8 as value
            from (select d.day, count(*) filter (where d.online) as online
                  from wlan_hotspot_days d join wlan_hotspots h on h.id = d.hotspot_id
                  where d.day >= ${`${months[0]}-01`}::date and d.day <= ${berlinDay(now)}::date and h.inside_area
                  group by d.day) per_day
            group by 1`,
      ),
      queryRows<{ month: string; value: number; open: number }>(
        db,
        sql`select ${month('created_at')} as month, count(*)::int as value, count(*) filter (where closed_at is null)::int as open
            from wlan_gap_reports where created_at >= ${start} and created_at <= ${now} group by 1`,
      ),
      queryRows<{ month: string; value: number }>(
        db,
        sql`select ${month('closed_at')} as month, count(*)::int as value
            from wlan_gap_reports where closed_at >= ${start} and closed_at <= ${now} group by 1`,
      ),
    ]);
    const receivedMonths = countsByMonth(months, received);
    const stillOpen = total(received.map((row) => ({ value: row.open })));
    const closedMonths = countsByMonth(months, closed);
    return [
      {
        key: 'wlan.hotspots-online',
        label: 'Hotspots online',
        unit: 'count',
        definition:
          'Freifunk-Knoten und Hotspots der Stadt und ihrer Gesellschaften im Stadtgebiet, die bei der letzten Abfrage online waren, aufgeteilt nach Betreiber. Je Monat: wie viele im Mittel je Tag online waren.',
        value: total(operators),
        parts: largestParts(operators, MOST_OPERATORS, 'Weitere Betreiber'),
        months: months.flatMap((m) => {
          const row = history.find((entry) => entry.month === m);
          return row ? [{ month: m, value: Number(row.value) }] : [];
        }),
      },
      {
        key: 'wlan.gap-reports',
        label: 'Gemeldete WLAN-Lücken',
        unit: 'count',
        definition: `Meldungen von Bürgerinnen und Bürgern über Orte ohne freies WLAN in den letzten ${MONTHS} Monaten (einschließlich des laufenden), je Monat des Eingangs; aufgeteilt danach, ob die Meldung noch offen oder schon erledigt ist.`,
        value: total(receivedMonths),
        parts: [
          { label: 'Offen', value: stillOpen },
          { label: 'Erledigt', value: total(receivedMonths) - stillOpen },
        ],
        months: receivedMonths,
      },
      {
        key: 'wlan.gap-reports-closed',
        label: 'Erledigte WLAN-Lücken',
        unit: 'count',
        definition: `Meldungen über WLAN-Lücken, die in den letzten ${MONTHS} Monaten (einschließlich des laufenden) erledigt wurden (behoben oder begründet abgelehnt), je Monat der Erledigung.`,
        value: total(closedMonths),
        months: closedMonths,
      },
    ];
  },
};
