import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { total } from '../../kernel/figures';
import type { FigureSource } from '../../kernel/module';
import { berlinDayStart, countsByMonth, monthsStart, recentMonths } from '../../kernel/time';
import type { CourseFormat } from './tables';

const MONTHS = 12;
const FORMAT_PARTS: { format: CourseFormat; label: string }[] = [
  { format: 'in_person', label: 'Vor Ort' },
  { format: 'online', label: 'Online (Webinar)' },
  { format: 'hybrid', label: 'Vor Ort und online' },
];

/** The first moment after the last month: sessions later in the running month are already planned and count. */
function afterMonths(months: readonly string[]): Date {
  const [year, month] = (months.at(-1) ?? '1970-01').split('-').map(Number) as [number, number];
  return berlinDayStart(new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10));
}

/**
 * The Volkshochschule's share of the cockpit's live figures: the courses one can book online now (by
 * format), and the webinars (online and hybrid courses) with their participants per month. Three statements.
 */
export const vhsFigures: FigureSource = {
  area: 'Volkshochschule',
  compute: async ({ db }, now) => {
    const months = recentMonths(now, MONTHS);
    const [from, until] = [monthsStart(months), afterMonths(months)];
    const month = (column: string) => sql.raw(`to_char(${column} at time zone 'Europe/Berlin', 'YYYY-MM')`);
    const [bookable, sessions, participants] = await Promise.all([
      queryRows<{ format: CourseFormat; value: number }>(
        db,
        sql`select format, count(*)::int as value from vhs_courses
            where state = 'published' and booking_closes_at > ${now} group by format`,
      ),
      queryRows<{ month: string; value: number }>(
        db,
        sql`select ${month('s.starts_at')} as month, count(*)::int as value
            from vhs_sessions s join vhs_courses c on c.id = s.course_id
            where c.format in ('online', 'hybrid') and c.state = 'published' and not s.cancelled and s.starts_at >= ${from} and s.starts_at < ${until}
            group by 1`,
      ),
      queryRows<{ month: string; value: number }>(
        db,
        sql`select ${month('c.starts_at')} as month, count(*)::int as value
            from vhs_bookings b join vhs_courses c on c.id = b.course_id
            where c.format in ('online', 'hybrid') and c.state = 'published' and b.state = 'booked' and c.starts_at >= ${from} and c.starts_at < ${until}
            group by 1`,
      ),
    ]);
    const sessionMonths = countsByMonth(months, sessions);
    const participantMonths = countsByMonth(months, participants);
    return [
      {
        key: 'vhs.courses-bookable',
        label: 'Kurse online buchbar',
        unit: 'count',
        definition:
          'Veröffentlichte Kurse der Volkshochschule, deren Anmeldeschluss noch nicht erreicht ist: Sie können sie im Stadtportal online buchen. Aufgeteilt nach Kursform.',
        value: total(bookable),
        parts: FORMAT_PARTS.map(({ format, label }) => ({ label, value: bookable.find((row) => row.format === format)?.value ?? 0 })),
      },
      {
        key: 'vhs.webinar-sessions',
        label: 'Webinar-Termine',
        unit: 'count',
        definition: `Termine von Online-Kursen und Kursen vor Ort und online in den letzten ${MONTHS} Monaten einschließlich der noch geplanten des laufenden Monats, je Monat; abgesagte Termine zählen nicht.`,
        value: total(sessionMonths),
        months: sessionMonths,
      },
      {
        key: 'vhs.webinar-participants',
        label: 'Teilnehmende an Webinaren',
        unit: 'count',
        definition: `Gebuchte Plätze (ohne Warteliste und Stornierungen) in Online-Kursen und Kursen vor Ort und online, je Monat des Kursbeginns, über die letzten ${MONTHS} Monate einschließlich des laufenden.`,
        value: total(participantMonths),
        months: participantMonths,
      },
    ];
  },
};
