import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { total } from '../../kernel/figures';
import type { FigureSource } from '../../kernel/module';
import { countsByMonth, monthsStart, recentMonths } from '../../kernel/time';

const MONTHS = 12;

/**
 * The Termine's share of the cockpit's live figures: appointments booked online per month, beside the
 * visits without one (walk-ins with a waiting number). One statement; a moved booking is the same visit
 * and counts once.
 */
export const appointmentsFigures: FigureSource = {
  area: 'Termine',
  compute: async ({ db }, now) => {
    const months = recentMonths(now, MONTHS);
    const rows = await queryRows<{ month: string; online: number; walkIns: number }>(
      db,
      sql`select to_char(created_at at time zone 'Europe/Berlin', 'YYYY-MM') as month,
            count(*) filter (where kind = 'online')::int as online, count(*) filter (where kind = 'walk_in')::int as "walkIns"
          from appointment_bookings
          where created_at >= ${monthsStart(months)} and created_at <= ${now} and replaces_id is null
          group by 1`,
    );
    const online = countsByMonth(
      months,
      rows.map((row) => ({ month: row.month, value: row.online })),
    );
    const booked = total(online);
    const walkIns = total(rows.map((row) => ({ value: row.walkIns })));
    return [
      {
        key: 'appointments.online-bookings',
        label: 'Online gebuchte Termine',
        unit: 'count',
        definition: `Termine im Bürgerbüro und an anderen Standorten, die in den letzten ${MONTHS} Monaten (einschließlich des laufenden) online gebucht wurden, je Monat der Buchung; eine Umbuchung zählt nicht als neuer Termin. Zum Vergleich die Besuche ohne Termin (Wartemarke vor Ort).`,
        value: booked,
        parts: [
          { label: 'Online gebucht', value: booked },
          { label: 'Ohne Termin (Wartemarke)', value: walkIns },
        ],
        months: online,
      },
    ];
  },
};
