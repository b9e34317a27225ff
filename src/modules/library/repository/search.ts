import { sql, type SQL } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor } from '../../../kernel/db';
import { prefixTsquery, searchWords } from '../../../kernel/text-search';
import { YEAR_RANGES, type CatalogueSort, type YearRange } from '../schemas';
import { libraryRecords, type MediaType } from '../tables';

export interface CatalogueSearch {
  q: string;
  mediaType?: MediaType;
  years?: YearRange;
  language?: string;
  subject?: string;
  sort: CatalogueSort;
  page: number;
  pageSize: number;
}

export interface CatalogueHit {
  id: string;
  title: string;
  subtitle: string;
  authors: string[];
  year: number | null;
  mediaType: MediaType;
  edition: string;
}

export interface CatalogueFacets {
  mediaTypes: Array<[MediaType, number]>;
  years: Array<[YearRange, number]>;
  languages: Array<[string, number]>;
  subjects: Array<[string, number]>;
}

export interface CatalogueSearchResult {
  total: number;
  hits: CatalogueHit[];
  facets: CatalogueFacets;
}

/** Subjects shown in the facet, the most frequent among the hits. */
const SUBJECTS_SHOWN = 12;

/** The year range a year falls in, as SQL (the facet's keys). */
const YEAR_BUCKET = sql.raw(
  `case ${Object.entries(YEAR_RANGES)
    .map(
      ([key, [from, to]]) => `when ${[from === null ? '' : `year >= ${from}`, to === null ? '' : `year <= ${to}`].filter(Boolean).join(' and ')} then '${key}'`,
    )
    .join(' ')} end`,
);

/** An ISBN typed into the search (10 or 13 digits, hyphens and blanks allowed), as the catalogue stores it. */
export function typedIsbn(q: string): string | undefined {
  const isbn = q.replace(/[-\s]/g, '').toUpperCase();
  return /^(\d{9}[\dX]|97[89]\d{10})$/.test(isbn) ? isbn : undefined;
}

function conditions(search: CatalogueSearch, query: SQL | undefined): SQL {
  const parts: SQL[] = [];
  const isbn = typedIsbn(search.q);
  if (isbn) parts.push(sql`${libraryRecords.isbns} @> array[${isbn}]::text[]`);
  else if (query) parts.push(sql`${libraryRecords.search} @@ ${query}`);
  if (search.mediaType) parts.push(sql`${libraryRecords.mediaType} = ${search.mediaType}`);
  if (search.years) {
    const [from, to] = YEAR_RANGES[search.years];
    if (from !== null) parts.push(sql`${libraryRecords.year} >= ${from}`);
    if (to !== null) parts.push(sql`${libraryRecords.year} <= ${to}`);
  }
  if (search.language) parts.push(sql`${libraryRecords.language} = ${search.language}`);
  if (search.subject) parts.push(sql`${libraryRecords.subjects} @> array[${search.subject}]::text[]`);
  return parts.length > 0 ? sql.join(parts, sql` and `) : sql`true`;
}

function orderOf(sort: CatalogueSort, ranked: boolean): SQL {
  const byTitle = sql`m.title collate "und-x-icu", m.subtitle collate "und-x-icu", m.id`;
  switch (sort) {
    case 'titel':
      return byTitle;
    case 'neueste':
      return sql`m.year desc nulls last, ${byTitle}`;
    case 'aelteste':
      return sql`m.year asc nulls last, ${byTitle}`;
    default:
      return ranked ? sql`m.rank desc, ${byTitle}` : byTitle;
  }
}

/** The total and the four facets over `matches`, as columns of one row. */
const FACET_COLUMNS = sql`(select count(*) from matches)::int as "total",
      (select coalesce(json_agg(json_build_array(f.key, f.n) order by f.n desc, f.key), '[]')
        from (select media_type as key, count(*)::int as n from matches group by 1) f) as "mediaTypes",
      (select coalesce(json_agg(json_build_array(f.key, f.n) order by f.key), '[]')
        from (select ${YEAR_BUCKET} as key, count(*)::int as n from matches where year is not null group by 1) f) as "years",
      (select coalesce(json_agg(json_build_array(f.key, f.n) order by f.n desc, f.key), '[]')
        from (select language as key, count(*)::int as n from matches where language is not null group by 1) f) as "languages",
      (select coalesce(json_agg(json_build_array(f.key, f.n) order by f.n desc, f.key), '[]')
        from (select subject as key, count(*)::int as n from matches, unnest(subjects) as subject group by 1 order by 2 desc, 1 limit ${SUBJECTS_SHOWN}) f) as "subjects"`;

const HIT_JSON = sql`json_build_object('id', p.id, 'title', p.title, 'subtitle', p.subtitle, 'authors', p.authors, 'year', p.year, 'mediaType', p.media_type, 'edition', p.edition)`;

/**
 * One statement for the page, the total and the four facets (media type, year range, language, the
 * most frequent subjects), all read from the matches computed once. The words are German stems used
 * as prefixes (docs/database.md, trap 7); without words the filters alone list the catalogue.
 * Exported for the plan test.
 */
export function catalogueSearchQuery(search: CatalogueSearch, withFacets = true): SQL {
  const words = typedIsbn(search.q) ? [] : searchWords(search.q);
  const query = words.length > 0 ? sql`to_tsquery('german', ${prefixTsquery(words)})` : undefined;
  const rank = query ? sql`ts_rank(${libraryRecords.search}, ${query})` : sql`0`;
  const offset = (search.page - 1) * search.pageSize;
  return sql`with matches as materialized (
      select id, title, subtitle, authors, year, media_type, language, subjects, edition, ${rank} as rank
      from ${libraryRecords} where ${conditions(search, query)}
    )
    select ${withFacets ? FACET_COLUMNS : sql`(select count(*) from matches)::int as "total"`},
      (select coalesce(json_agg(${HIT_JSON}), '[]')
        from (select * from matches m order by ${orderOf(search.sort, query !== undefined)} limit ${search.pageSize} offset ${offset}) p) as "hits"`;
}

/**
 * The whole catalogue's total and facets: the same for every visitor and every page of the
 * unfiltered list, and the most expensive to count (every record), so kept until a record changes.
 */
const wholeCatalogue = cachedQuery({ tables: ['library_records'], maxEntries: 1 }, async (db) => {
  const [row] = await queryRows<Row>(db, sql`with matches as (select media_type, year, language, subjects from ${libraryRecords}) select ${FACET_COLUMNS}`);
  return row;
});

/** A page of the unfiltered catalogue in the asked order; A–Z reads the title index and stops after the page. Exported for the plan test. */
export function unfilteredPageQuery(search: CatalogueSearch): SQL {
  const offset = (search.page - 1) * search.pageSize;
  return sql`select coalesce(json_agg(${HIT_JSON}), '[]') as "hits"
      from (select * from ${libraryRecords} m order by ${orderOf(search.sort, false)} limit ${search.pageSize} offset ${offset}) p`;
}

async function unfilteredPage(db: Executor, search: CatalogueSearch): Promise<CatalogueHit[]> {
  const [row] = await queryRows<{ hits: unknown }>(db, unfilteredPageQuery(search));
  return parsed<CatalogueHit[]>(row?.hits ?? []);
}

type Row = { total: number } & Partial<Record<'hits' | 'mediaTypes' | 'years' | 'languages' | 'subjects', unknown>>;

/** JSON columns arrive parsed from PGlite and as text from some drivers' settings: read both. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

function resultOf(row: Row | undefined, hits: unknown): CatalogueSearchResult {
  return {
    total: row?.total ?? 0,
    hits: parsed<CatalogueHit[]>(hits ?? []),
    facets: {
      mediaTypes: parsed(row?.mediaTypes ?? []),
      years: parsed(row?.years ?? []),
      languages: parsed(row?.languages ?? []),
      subjects: parsed(row?.subjects ?? []),
    },
  };
}

/** Without facets (`withFacets: false`) the statement counts and pages only: the portal search's short list. */
export async function searchCatalogue(db: Executor, search: CatalogueSearch, withFacets = true): Promise<CatalogueSearchResult> {
  const unfiltered = searchWords(search.q).length === 0 && !typedIsbn(search.q) && !search.mediaType && !search.years && !search.language && !search.subject;
  if (unfiltered && withFacets) {
    const [whole, hits] = await Promise.all([wholeCatalogue(db, 'all'), unfilteredPage(db, search)]);
    return resultOf(whole, hits);
  }
  const [row] = await queryRows<Row>(db, catalogueSearchQuery(search, withFacets));
  return resultOf(row, row?.hits);
}
