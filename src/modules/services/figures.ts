import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { total } from '../../kernel/figures';
import type { FigureSource } from '../../kernel/module';

/** OZG Reifegrade 0–4, every one listed (also those no Leistung has): the bars compare them. */
const LEVELS = [0, 1, 2, 3, 4] as const;

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The Leistungen's share of the cockpit's live figures: the OZG maturity and what works without a visit. */
export const servicesFigures: FigureSource = {
  area: 'Leistungen',
  compute: async ({ db }) => {
    const rows = await queryRows<{ level: number; all: number; online: number; remote: number }>(
      db,
      sql`select ozg_level as level, count(*)::int as "all",
            count(*) filter (where online_application)::int as online,
            count(*) filter (where online_application and not personal_appearance)::int as remote
          from services group by ozg_level`,
    );
    const count = (level: number) => rows.find((row) => Number(row.level) === level)?.all ?? 0;
    const sumOf = (column: 'all' | 'online' | 'remote') => total(rows.map((row) => ({ value: row[column] })));
    const [all, online, remote] = [sumOf('all'), sumOf('online'), sumOf('remote')];
    return [
      {
        key: 'services.ozg-levels',
        label: 'Leistungen nach OZG-Reifegrad',
        unit: 'count',
        definition:
          'Alle Leistungen im Leistungskatalog, aufgeteilt nach ihrem Reifegrad im Onlinezugangsgesetz: 0 keine Information online, 1 Information online, 2 Formular zum Herunterladen, 3 Antrag online, 4 vollständig digital einschließlich Bescheid.',
        value: all,
        parts: LEVELS.map((level) => ({ label: `Reifegrad ${level}`, value: count(level) })),
      },
      {
        key: 'services.online',
        label: 'Leistungen online beantragbar',
        unit: 'count',
        definition: 'Leistungen, die Sie über das Stadtportal online beantragen können.',
        value: online,
      },
      {
        key: 'services.without-appearance',
        label: 'Leistungen ohne persönliches Erscheinen',
        unit: 'percent',
        definition:
          'Anteil aller Leistungen im Leistungskatalog, die Sie online beantragen können und für die Sie nicht persönlich ins Rathaus kommen müssen (in Prozent, auf eine Nachkommastelle gerundet).',
        value: percent(remote, all),
      },
    ];
  },
};
