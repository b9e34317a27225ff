import { inArray, sql } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor } from '../../../kernel/db';
import { searchWords } from '../../../kernel/text-search';
import type { CatalogueSort, YearRange } from '../schemas';
import { libraryRecords, type MediaType } from '../tables';
import { CatalogueIndexBuilder, type CatalogueIndex, type IndexFacets } from './catalogue-index';

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

export type CatalogueFacets = IndexFacets;

export interface CatalogueSearchResult {
  total: number;
  hits: CatalogueHit[];
  facets: CatalogueFacets;
}

/** An ISBN typed into the search (10 or 13 digits, hyphens and blanks allowed), as the catalogue stores it. */
export function typedIsbn(q: string): string | undefined {
  const isbn = q.replace(/[-\s]/g, '').toUpperCase();
  return /^(\d{9}[\dX]|97[89]\d{10})$/.test(isbn) ? isbn : undefined;
}

/** Records read per statement while the index is built: bounds what PGlite's memory must hold at once. */
const LOAD_CHUNK = 5000;

type LoadedRecord = [string, string, string, MediaType, number | null, string | null, string[], string[], string];

/** JSON columns arrive parsed from PGlite and as text from some drivers' settings: read both. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** Every record, in chunks by id (no transaction: on PGlite it would hold the one connection all along). */
async function loadCatalogueIndex(db: Executor): Promise<CatalogueIndex> {
  const builder = new CatalogueIndexBuilder();
  for (let after: string | undefined; ;) {
    const [row] = await queryRows<{ records: unknown }>(
      db,
      sql`select coalesce(json_agg(json_build_array(id, title, subtitle, media_type, year, language, subjects, isbns, search::text) order by id), '[]') as "records"
        from (select id, title, subtitle, media_type, year, language, subjects, isbns, search from ${libraryRecords}
          ${after ? sql`where id > ${after}` : sql``} order by id limit ${LOAD_CHUNK}) r`,
    );
    const records = parsed<LoadedRecord[]>(row?.records ?? []);
    for (const [id, title, subtitle, mediaType, year, language, subjects, isbns, search] of records) {
      builder.add({ id, title, subtitle, mediaType, year, language, subjects, isbns, search });
    }
    if (records.length < LOAD_CHUNK) return builder.build();
    after = records.at(-1)![0];
  }
}

/**
 * The catalogue's search index (catalogue-index.ts), kept until a record changes; searches arriving
 * while it is read wait for that one load. At 100,000 records reading it takes seconds on PGlite
 * (docs/performance.md); a small library's catalogue a fraction of one.
 */
const keptIndex = cachedQuery({ tables: ['library_records'], maxEntries: 1 }, (db) => loadCatalogueIndex(db));

/** A word's lexemes as the database's German configuration derives them (none for a stop word); they never change. */
const lexemesOfWord = new Map<string, string[]>();
const WORDS_KEPT = 10_000;

/** The lexemes every hit must have (as prefixes): the words' stems, as `to_tsquery('german', 'word:*')` takes them. */
async function lexemesOf(db: Executor, words: readonly string[]): Promise<string[]> {
  const missing = words.filter((word) => !lexemesOfWord.has(word));
  if (missing.length > 0) {
    const rows = await queryRows<{ word: string; lexemes: unknown }>(
      db,
      sql`select w as "word", coalesce((select json_agg(lexeme) from unnest(to_tsvector('german', w))), '[]') as "lexemes"
        from unnest(array[${sql.join(
          missing.map((word) => sql`${word}`),
          sql`, `,
        )}]::text[]) w`,
    );
    if (lexemesOfWord.size + rows.length > WORDS_KEPT) lexemesOfWord.clear();
    for (const row of rows) lexemesOfWord.set(row.word, parsed<string[]>(row.lexemes));
  }
  return [...new Set(words.flatMap((word) => lexemesOfWord.get(word) ?? []))];
}

/** The page's records in the order the index gave; one deleted since the index was read is left out. */
async function hitsByIds(db: Executor, ids: readonly string[]): Promise<CatalogueHit[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: libraryRecords.id,
      title: libraryRecords.title,
      subtitle: libraryRecords.subtitle,
      authors: libraryRecords.authors,
      year: libraryRecords.year,
      mediaType: libraryRecords.mediaType,
      edition: libraryRecords.edition,
    })
    .from(libraryRecords)
    .where(inArray(libraryRecords.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The page, the total and the facets (media type, year range, language, the most frequent
 * subjects) of a search: the words as German stems used as prefixes (docs/database.md, trap 7),
 * an ISBN, or the filters alone, answered by the kept index; the page's records are then read by id.
 */
export async function searchCatalogue(db: Executor, search: CatalogueSearch): Promise<CatalogueSearchResult> {
  const isbn = typedIsbn(search.q);
  const words = isbn ? [] : searchWords(search.q);
  const [index, lexemes] = await Promise.all([keptIndex(db, 'all'), words.length > 0 ? lexemesOf(db, words) : null]);
  const answer = index.search({
    lexemes,
    isbn,
    mediaType: search.mediaType,
    years: search.years,
    language: search.language,
    subject: search.subject,
    sort: search.sort,
    offset: (search.page - 1) * search.pageSize,
    limit: search.pageSize,
  });
  return { total: answer.total, hits: await hitsByIds(db, answer.ids), facets: answer.facets };
}
