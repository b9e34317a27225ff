import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { searchWords } from '../../../kernel/text-search';
import type { MarcJson } from '../marc/record';
import { typedIsbn } from '../repository/search';
import { libraryRecords, type LibraryRecord } from '../tables';
import { CqlError, type CqlNode } from './cql';

/**
 * The weight of each index's part of the search vector (tables/catalogue.ts): A title and subtitle,
 * B persons and series, C subjects and summary. A weighted prefix (`funke:*B`) stays on the GIN index.
 */
const WEIGHTS = { title: 'A', author: 'B', subject: 'C', any: '' } as const;

function isbnCondition(term: string): SQL {
  const isbn = typedIsbn(term);
  if (!isbn) throw new CqlError(36, `„${term}“ ist keine ISBN.`, term);
  return sql`${libraryRecords.isbns} @> array[${isbn}]::text[]`;
}

/** A CQL tree as one SQL condition; terms are reduced to bounded words first, so no tsquery syntax gets through. */
export function cqlCondition(node: CqlNode): SQL {
  if (node.kind === 'boolean') {
    const left = cqlCondition(node.left);
    const right = cqlCondition(node.right);
    if (node.operator === 'and') return sql`(${left} and ${right})`;
    if (node.operator === 'or') return sql`(${left} or ${right})`;
    return sql`(${left} and not ${right})`;
  }
  if (node.index === 'isbn') return isbnCondition(node.term);
  const words = searchWords(node.term);
  if (words.length === 0) throw new CqlError(27, `Der Suchbegriff „${node.term}“ enthält kein Wort.`, node.term);
  const weight = WEIGHTS[node.index];
  const tsquery =
    node.relation === 'phrase'
      ? words.map((word) => (weight ? `${word}:${weight}` : word)).join(' <-> ')
      : words.map((word) => `${word}:*${weight}`).join(node.relation === 'any' ? ' | ' : ' & ');
  return sql`${libraryRecords.search} @@ to_tsquery('german', ${tsquery})`;
}

export interface SruPage {
  total: number;
  records: Array<
    Pick<
      LibraryRecord,
      'id' | 'controlNumber' | 'title' | 'subtitle' | 'authors' | 'publisher' | 'year' | 'language' | 'subjects' | 'isbns' | 'summary' | 'mediaType'
    > & { marc: MarcJson }
  >;
}

/**
 * The total and one page of records (A–Z by title) for a CQL condition, in one statement; only the
 * page's rows are read whole (their MARC), and a start beyond the end reads none.
 */
export async function sruSearch(db: Executor, condition: SQL, startRecord: number, maximumRecords: number): Promise<SruPage> {
  const rows = await queryRows<SruPage['records'][number] & { total: number }>(
    db,
    sql`with matches as materialized (select id, title from ${libraryRecords} where ${condition})
      select counted.total, r.id, r.control_number as "controlNumber", r.title, r.subtitle, r.authors, r.publisher, r.year, r.language,
        r.subjects, r.isbns, r.summary, r.media_type as "mediaType", r.marc
      from (select count(*)::int as total from matches) counted
      left join lateral (
        select m.id from matches m where counted.total >= ${startRecord} and ${maximumRecords} > 0
        order by m.title collate "und-x-icu", m.id limit ${maximumRecords} offset ${startRecord - 1}
      ) page on true
      left join ${libraryRecords} r on r.id = page.id
      order by r.title collate "und-x-icu", r.id`,
  );
  return { total: rows[0]?.total ?? 0, records: rows.filter((row) => row.id !== null) };
}
