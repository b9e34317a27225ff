import { and, eq, sql, type SQL } from 'drizzle-orm';
import { departments } from '../../kernel/auth';
import { cachedQuery, queryRows, type Executor } from '../../kernel/db';
import { prefixTsquery, searchWords, TypoVocabulary, typoTolerantTsquery } from '../../kernel/text-search';
import { services } from './tables';

export interface ServiceSearch {
  /** What the person typed; may be empty (then the filters alone list Leistungen A–Z). */
  q: string;
  lifeSituation?: string;
  departmentId?: string;
  page: number;
  pageSize: number;
}

export interface ServiceHit {
  slug: string;
  name: string;
  summary: string;
  departmentName: string;
  onlineApplication: boolean;
  personalAppearance: boolean;
}

export interface ServiceSearchResult {
  hits: ServiceHit[];
  total: number;
}

/** What the page shows of a Leistung, and the department to join (for the page's rows only). */
const matchColumns = sql`${services.slug} as "slug", ${services.name} as "name", ${services.summary} as "summary",
  ${services.departmentId} as "departmentId", ${services.onlineApplication} as "onlineApplication", ${services.personalAppearance} as "personalAppearance"`;

/** The rows a search shows (`from`) and their order over the alias `m`. */
interface Matches {
  from: SQL;
  order: SQL;
  /** Computed once for the count and the page, or (plain list) read twice, the page in index order. */
  materialized: boolean;
}

/**
 * German full-text hits, every word stemmed and as a prefix ("Hunde" finds "Hundesteuer") or as a
 * word of the catalogue it may be a typo of ("Hundsteuer" → "hundesteuer", corrected in memory
 * against the vocabulary). One `@@` the GIN index answers, so only its candidates are read and
 * ranked, once (the CTE is materialised). Hits of the words as typed come first, then those of the
 * closest corrections, then the others; within each by rank.
 */
function textMatches(words: string[], vocabulary: TypoVocabulary, filters: SQL): Matches {
  const exact = sql`to_tsquery('german', ${prefixTsquery(words)})`;
  const tolerant = typoTolerantTsquery(words, vocabulary);
  const query = tolerant ? sql`to_tsquery('german', ${tolerant.all})` : exact;
  // Ranked by the closest corrections: a farther one ("grundsteuer" for "hundsteuer") must not lift a hit.
  const closest = tolerant ? sql`to_tsquery('german', ${tolerant.closest})` : exact;
  const tier = tolerant ? sql`case when ${services.search} @@ ${exact} then 0 when ${services.search} @@ ${closest} then 1 else 2 end` : sql`0`;
  const from = sql`select ${matchColumns}, ${tier} as "tier", ts_rank(${services.search}, ${closest}) as "rank"
    from ${services} where ${services.search} @@ ${query} and ${filters}`;
  return { from, order: sql`m."tier", m."rank" desc, m."name" collate "und-x-icu", m."slug"`, materialized: true };
}

/** Without words: the filtered list A–Z, in the order of the index `services_name_icu_idx`. */
function listMatches(filters: SQL): Matches {
  const from = sql`select ${matchColumns} from ${services} where ${filters}`;
  return { from, order: sql`m."name" collate "und-x-icu", m."slug"`, materialized: false };
}

/**
 * One page of Leistungen and the total, in one statement: the count and the page read the same
 * matches, and a page beyond the end is not sorted at all (its rows would be thrown away), yet
 * still returns the total (one row with an empty page). Exported for the plan tests (EXPLAIN).
 */
export function serviceSearchQuery(search: ServiceSearch, vocabulary: TypoVocabulary): SQL {
  const words = searchWords(search.q);
  const filters =
    and(
      search.lifeSituation ? sql`${services.lifeSituations} @> array[${search.lifeSituation}]::text[]` : undefined,
      search.departmentId ? eq(services.departmentId, search.departmentId) : undefined,
    ) ?? sql`true`;
  const matches = words.length > 0 ? textMatches(words, vocabulary, filters) : listMatches(filters);
  const offset = (search.page - 1) * search.pageSize;
  return sql`with matches as ${sql.raw(matches.materialized ? 'materialized' : 'not materialized')} (${matches.from})
    select counted."total", page.* from (select count(*) as "total" from matches) counted
    left join lateral (
      select m."slug", m."name", m."summary", ${departments.name} as "departmentName", m."onlineApplication", m."personalAppearance"
      from matches m join ${departments} on ${departments.id} = m."departmentId"
      where counted."total" > ${offset}
      order by ${matches.order}
      limit ${search.pageSize} offset ${offset}
    ) page on true`;
}

export async function searchServices(db: Executor, search: ServiceSearch): Promise<ServiceSearchResult> {
  const vocabulary = searchWords(search.q).length > 0 ? await searchVocabulary(db, 'all') : EMPTY_VOCABULARY;
  const rows = await queryRows<Omit<ServiceHit, 'slug'> & { total: number | string; slug: string | null }>(db, serviceSearchQuery(search, vocabulary));
  // An empty page is one row with the total and nulls (the left join).
  const hits = rows.flatMap((row): ServiceHit[] =>
    row.slug === null
      ? []
      : [
          {
            slug: row.slug,
            name: row.name,
            summary: row.summary,
            departmentName: row.departmentName,
            onlineApplication: row.onlineApplication,
            personalAppearance: row.personalAppearance,
          },
        ],
  );
  return { hits, total: Number(rows[0]?.total ?? 0) };
}

const EMPTY_VOCABULARY = new TypoVocabulary([]);

/** The words of every Leistung's name and synonyms, for typo corrections; kept until a Leistung changes. */
export const searchVocabulary = cachedQuery({ tables: ['services'], maxEntries: 1 }, async (db) => {
  const rows = await db.select({ name: services.name, keywords: services.keywords }).from(services);
  return new TypoVocabulary(rows.flatMap((row) => [row.name, row.keywords]));
});

const SUGGESTIONS = 8;

/**
 * Shown when a search finds nothing: what can be done online right away, A–Z. The same for everyone,
 * so it is kept in memory until a Leistung or a Fachbereich changes.
 */
export function suggestedServices(db: Executor): Promise<readonly Readonly<ServiceHit>[]> {
  return suggestions(db, 'all');
}

const suggestions = cachedQuery({ tables: ['services', 'departments'], maxEntries: 1 }, (db) =>
  db
    .select({
      slug: services.slug,
      name: services.name,
      summary: services.summary,
      departmentName: departments.name,
      onlineApplication: services.onlineApplication,
      personalAppearance: services.personalAppearance,
    })
    .from(services)
    .innerJoin(departments, eq(departments.id, services.departmentId))
    .where(eq(services.onlineApplication, true))
    .orderBy(sql`${services.name} collate "und-x-icu"`, services.slug)
    .limit(SUGGESTIONS),
);
