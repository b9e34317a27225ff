import { and, eq, sql, type SQL } from 'drizzle-orm';
import { departments } from '../../kernel/auth';
import { cachedQuery, queryRows, type Executor } from '../../kernel/db';
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

/** Most words searched for: each is one more prefix lookup in the full-text index. */
export const MAX_SEARCH_WORDS = 8;
/** Longer words are cut: as a prefix (`word:*`) the cut word still finds everything the whole one did. */
export const MAX_WORD_CHARS = 40;
/** The typo search compares at most this much text: its cost grows with the text's trigrams, and long input is no typo. */
export const MAX_TYPO_CHARS = 60;

/**
 * Words of the input, letters and digits only, so no tsquery syntax can be injected (see kernel/db/fts.test.ts);
 * bounded before any query runs, because PGlite cannot cancel a running statement. A repeated word is
 * dropped: it finds nothing more (`a & a` is `a`, and trigrams are compared as a set), it only costs.
 */
export function searchWords(input: string): string[] {
  const words =
    input
      .slice(0, MAX_SEARCH_WORDS * (MAX_WORD_CHARS + 1))
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const distinct = new Set(words.map((word) => Array.from(word).slice(0, MAX_WORD_CHARS).join('')));
  return [...distinct].slice(0, MAX_SEARCH_WORDS);
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
 * German full-text hits (every word, stemmed, as a prefix: "Hunde" finds "Hundesteuer"), then
 * Leistungen whose name or synonyms are similar by trigrams, for typos ("Hundsteuer"). Both are
 * conditions a GIN index answers (`@@`, `<%`), so only the indexes' candidates are read, and the
 * rank for those alone, once (the CTE is materialised). The similarity orders the typo hits only:
 * `word_similarity` is the expensive part (~25 µs a row), and full-text hits are ordered by rank.
 */
function textMatches(words: string[], filters: SQL): Matches {
  const text = Array.from(words.join(' ')).slice(0, MAX_TYPO_CHARS).join('');
  const prefixes = (some: string[]) => sql`to_tsquery('german', ${some.map((word) => `${word}:*`).join(' & ')})`;
  const tsquery = prefixes(words);
  const fullText = sql`${services.search} @@ ${tsquery}`;
  // Every word must be found, as a prefix or (typo) by trigrams: "hund anmelden" must not find
  // every Leistung with "anmelden" because the phrase is 60 % similar to it. `<%` is
  // word_similarity above pg_trgm.word_similarity_threshold (0.6), answered by the trigram index.
  const everyWord =
    words.length === 1
      ? sql`${words[0]} <% ${services.searchText}`
      : and(...words.map((word) => sql`(${services.search} @@ ${prefixes([word])} or ${word} <% ${services.searchText})`))!;
  const from = sql`select ${matchColumns}, ${fullText} as "fullText",
      ts_rank(${services.search}, ${tsquery}) as "rank",
      case when ${fullText} then 0 else word_similarity(${text}, ${services.searchText}) end as "similarity"
    from ${services} where (${fullText} or ${everyWord}) and ${filters}`;
  return { from, order: sql`m."fullText" desc, m."rank" desc, m."similarity" desc, m."name" collate "und-x-icu", m."slug"`, materialized: true };
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
export function serviceSearchQuery(search: ServiceSearch): SQL {
  const words = searchWords(search.q);
  const filters =
    and(
      search.lifeSituation ? sql`${services.lifeSituations} @> array[${search.lifeSituation}]::text[]` : undefined,
      search.departmentId ? eq(services.departmentId, search.departmentId) : undefined,
    ) ?? sql`true`;
  const matches = words.length > 0 ? textMatches(words, filters) : listMatches(filters);
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
  const rows = await queryRows<Omit<ServiceHit, 'slug'> & { total: number | string; slug: string | null }>(db, serviceSearchQuery(search));
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
