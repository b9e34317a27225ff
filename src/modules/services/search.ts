import { and, eq, sql, type SQL } from 'drizzle-orm';
import { departments } from '../../kernel/auth';
import { queryRows, type Executor } from '../../kernel/db';
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

/** Words of the input, letters and digits only, so no tsquery syntax can be injected (see kernel/db/fts.test.ts). */
export function searchWords(input: string): string[] {
  return input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * German full-text hits first (every word, stemmed, as a prefix: "Hunde" finds "Hundesteuer"),
 * ranked by ts_rank; then Leistungen whose name or synonyms are similar by trigrams, for typos
 * ("Hundsteuer", "Bewohnerparkausweiss"). Without words, the filtered list in German A–Z order.
 */
export async function searchServices(db: Executor, search: ServiceSearch): Promise<ServiceSearchResult> {
  const words = searchWords(search.q);
  const text = words.join(' ');
  const tsquery = sql`to_tsquery('german', ${words.map((word) => `${word}:*`).join(' & ')})`;
  const fullText = sql`${services.search} @@ ${tsquery}`;
  // `<%` is word_similarity above pg_trgm.word_similarity_threshold (0.6) and uses the trigram index.
  const similar = sql`${text} <% ${services.searchText}`;
  const filters: (SQL | undefined)[] = [
    words.length > 0 ? sql`(${fullText} or ${similar})` : undefined,
    search.lifeSituation ? sql`${search.lifeSituation} = any(${services.lifeSituations})` : undefined,
    search.departmentId ? eq(services.departmentId, search.departmentId) : undefined,
  ];
  const order =
    words.length > 0
      ? sql`(${fullText}) desc, ts_rank(${services.search}, ${tsquery}) desc, word_similarity(${text}, ${services.searchText}) desc, ${services.name} collate "und-x-icu"`
      : sql`${services.name} collate "und-x-icu"`;
  const from = sql`from ${services} join ${departments} on ${departments.id} = ${services.departmentId} where ${and(...filters) ?? sql`true`}`;
  const [counted] = await queryRows<{ total: number | string }>(db, sql`select count(*) as "total" ${from}`);
  const hits = await queryRows<ServiceHit>(
    db,
    sql`select ${services.slug} as "slug", ${services.name} as "name", ${services.summary} as "summary",
          ${departments.name} as "departmentName", ${services.onlineApplication} as "onlineApplication",
          ${services.personalAppearance} as "personalAppearance"
        ${from}
        order by ${order}
        limit ${search.pageSize} offset ${(search.page - 1) * search.pageSize}`,
  );
  return { hits, total: Number(counted?.total ?? 0) };
}

/** Shown when a search finds nothing: what can be done online right away, A–Z. */
export function suggestedServices(db: Executor, limit = 8): Promise<ServiceHit[]> {
  return db
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
    .orderBy(sql`${services.name} collate "und-x-icu"`)
    .limit(limit);
}
