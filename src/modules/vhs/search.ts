import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor } from '../../kernel/db';
import { prefixTsquery, searchWords, TypoVocabulary, typoTolerantTsquery } from '../../kernel/text-search';
import { vhsCourses, vhsPlaces, vhsProgrammeAreas, type CourseFormat, type CourseState } from './tables';

export interface CourseSearch {
  q: string;
  areaId?: string;
  placeId?: string;
  format?: CourseFormat;
  /** Courses that start on or after this instant / before this instant (the date filter, Berlin days). */
  startsFrom?: Date;
  startsBefore?: Date;
  onlyFreePlaces: boolean;
  onlyNotStarted: boolean;
  /** The clock of the request: ended courses are never listed, and "not yet started" compares to it. */
  now: Date;
  page: number;
  pageSize: number;
}

export interface CourseHit {
  slug: string;
  number: string;
  title: string;
  summary: string;
  areaName: string;
  format: CourseFormat;
  placeName: string | null;
  startsAt: Date;
  endsAt: Date;
  feeCents: number;
  freePlaces: number;
  state: CourseState;
}

/** How many courses of the matches fall into each value of a filter. */
export interface CourseFacets {
  area: Record<string, number>;
  place: Record<string, number>;
  format: Record<string, number>;
}

export interface CourseSearchResult {
  hits: CourseHit[];
  total: number;
  facets: CourseFacets;
}

/** The public part of the programme: drafts are staff's, cancelled courses stay (people look for them). */
const PUBLIC = sql`${vhsCourses.state} in ('published', 'cancelled')`;

function filtersOf(search: CourseSearch): SQL {
  return and(
    PUBLIC,
    gte(vhsCourses.endsAt, search.now),
    search.areaId ? eq(vhsCourses.areaId, search.areaId) : undefined,
    search.placeId ? eq(vhsCourses.placeId, search.placeId) : undefined,
    search.format ? eq(vhsCourses.format, search.format) : undefined,
    search.startsFrom ? gte(vhsCourses.startsAt, search.startsFrom) : undefined,
    search.startsBefore ? lt(vhsCourses.startsAt, search.startsBefore) : undefined,
    search.onlyFreePlaces ? sql`${vhsCourses.state} = 'published' and ${vhsCourses.seatsTaken} < ${vhsCourses.maxParticipants}` : undefined,
    search.onlyNotStarted ? sql`${vhsCourses.startsAt} > ${search.now}` : undefined,
  )!;
}

/**
 * German full text as on "Leistungen A–Z" (services/search.ts): every word stemmed and as a prefix,
 * typos corrected in memory against the titles' words and put into the one `@@` the GIN index
 * answers. Hits of the words as typed come first; within each tier, by start like the plain list.
 */
function textCondition(words: string[], vocabulary: TypoVocabulary): { condition: SQL; tier: SQL } {
  const exact = sql`to_tsquery('german', ${prefixTsquery(words)})`;
  const tolerant = typoTolerantTsquery(words, vocabulary);
  if (!tolerant) return { condition: sql`${vhsCourses.search} @@ ${exact}`, tier: sql`0` };
  return {
    condition: sql`${vhsCourses.search} @@ to_tsquery('german', ${tolerant.all})`,
    tier: sql`case when ${vhsCourses.search} @@ ${exact} then 0 when ${vhsCourses.search} @@ to_tsquery('german', ${tolerant.closest}) then 1 else 2 end`,
  };
}

/**
 * One statement for the page, its total and the facet counts (docs/performance.md, "The pattern for
 * a new list"): the matches are materialised once, counted and grouped, and a page beyond the end is
 * not sorted at all (one row with the total and an empty page). Exported for the tests.
 */
export function courseSearchQuery(search: CourseSearch, vocabulary: TypoVocabulary): SQL {
  const words = searchWords(search.q);
  const text = words.length > 0 ? textCondition(words, vocabulary) : { condition: sql`true`, tier: sql`0` };
  const offset = (search.page - 1) * search.pageSize;
  return sql`with matches as materialized (
      select ${vhsCourses.slug} as "slug", ${vhsCourses.number} as "number", ${vhsCourses.title} as "title", ${vhsCourses.summary} as "summary",
        ${vhsCourses.areaId} as "areaId", ${vhsCourses.format} as "format", ${vhsCourses.placeId} as "placeId",
        ${vhsCourses.startsAt} as "startsAt", ${vhsCourses.endsAt} as "endsAt", ${vhsCourses.feeCents} as "feeCents",
        greatest(${vhsCourses.maxParticipants} - ${vhsCourses.seatsTaken}, 0) as "freePlaces", ${vhsCourses.state} as "state", ${text.tier} as "tier"
      from ${vhsCourses} where ${filtersOf(search)} and ${text.condition}
    )
    select counted."total", counted."facets", page.* from (
      select (select count(*) from matches) as "total",
        (select coalesce(json_agg(json_build_array(f.kind, f.key, f.n)), '[]'::json) from (
          select 'area' as kind, "areaId" as key, count(*) as n from matches group by "areaId"
          union all select 'place', "placeId", count(*) from matches where "placeId" is not null group by "placeId"
          union all select 'format', "format", count(*) from matches group by "format"
        ) f) as "facets"
    ) counted
    left join lateral (
      select m."slug", m."number", m."title", m."summary", ${vhsProgrammeAreas.name} as "areaName", m."format", ${vhsPlaces.name} as "placeName",
        m."startsAt", m."endsAt", m."feeCents", m."freePlaces", m."state"
      from matches m
      join ${vhsProgrammeAreas} on ${vhsProgrammeAreas.id} = m."areaId"
      left join ${vhsPlaces} on ${vhsPlaces.id} = m."placeId"
      where counted."total" > ${offset}
      order by m."tier", m."startsAt", m."number"
      limit ${search.pageSize} offset ${offset}
    ) page on true`;
}

type Row = Omit<CourseHit, 'slug' | 'startsAt' | 'endsAt'> & {
  slug: string | null;
  startsAt: Date | string;
  endsAt: Date | string;
  total: number | string;
  facets: Array<[keyof CourseFacets, string, number | string]> | string;
};

export async function searchCourses(db: Executor, search: CourseSearch): Promise<CourseSearchResult> {
  const vocabulary = searchWords(search.q).length > 0 ? await courseVocabulary(db, 'all') : EMPTY_VOCABULARY;
  const rows = await queryRows<Row>(db, courseSearchQuery(search, vocabulary));
  const first = rows[0];
  const facets: CourseFacets = { area: {}, place: {}, format: {} };
  const facetRows = typeof first?.facets === 'string' ? (JSON.parse(first.facets) as Exclude<Row['facets'], string>) : (first?.facets ?? []);
  for (const [kind, key, count] of facetRows) facets[kind][key] = Number(count);
  const hits = rows.flatMap((row): CourseHit[] =>
    row.slug === null
      ? []
      : [
          {
            slug: row.slug,
            number: row.number,
            title: row.title,
            summary: row.summary,
            areaName: row.areaName,
            format: row.format,
            placeName: row.placeName,
            startsAt: new Date(row.startsAt),
            endsAt: new Date(row.endsAt),
            feeCents: Number(row.feeCents),
            freePlaces: Number(row.freePlaces),
            state: row.state,
          },
        ],
  );
  return { hits, total: Number(first?.total ?? 0), facets };
}

const EMPTY_VOCABULARY = new TypoVocabulary([]);

/** The words of every public course's title and summary, for typo corrections; kept until a course changes. */
const courseVocabulary = cachedQuery({ tables: ['vhs_courses'], maxEntries: 1 }, async (db) => {
  const rows = await db.select({ title: vhsCourses.title, summary: vhsCourses.summary }).from(vhsCourses).where(PUBLIC);
  return new TypoVocabulary(rows.flatMap((row) => [row.title, row.summary]));
});
