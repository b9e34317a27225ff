import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import type { OpenDatasetDeclaration } from '../../kernel/module';
import { MEDIA_TYPE_LABELS } from './presenters';
import { libraryItems, libraryRecords, type MediaType } from './tables';

/**
 * "Bestand der Stadtbücherei" as open data: how many titles and copies of each media type and year
 * of publication the catalogue holds, per branch. Counts only: no loans, no readers.
 */
export const libraryOpenData: OpenDatasetDeclaration = {
  name: 'bestand-der-stadtbuecherei',
  title: 'Bestand der Stadtbücherei',
  description:
    'Anzahl der Titel im Katalog der Stadtbücherei nach Medienart (Buch, E-Book, Hörbuch, DVD, …), Erscheinungsjahr und Sprache, mit der Zahl der Exemplare im Regal. E-Medien werden über die Onleihe verliehen und haben keine Exemplare.',
  madeFrom: 'dem Bestand der Stadtbücherei',
  theme: 'EDUC',
  keywords: ['Stadtbücherei', 'Bibliothek', 'Medienbestand', 'Onleihe', 'Katalog'],
  rows: async ({ db }) => {
    const rows = await queryRows<{ mediaType: MediaType; year: number | null; language: string | null; titles: number; copies: number }>(
      db,
      sql`select r.media_type as "mediaType", r.year, r.language, count(*)::int as titles, coalesce(sum(c.copies), 0)::int as copies
        from ${libraryRecords} r
        left join lateral (select count(*) as copies from ${libraryItems} i where i.record_id = r.id and i.state <> 'withdrawn') c on true
        group by 1, 2, 3
        order by 1, 2 desc nulls last, 3`,
    );
    return rows.map((row) => ({
      medienart: MEDIA_TYPE_LABELS[row.mediaType],
      erscheinungsjahr: row.year,
      sprache: row.language,
      titel: row.titles,
      exemplare: row.copies,
    }));
  },
};
