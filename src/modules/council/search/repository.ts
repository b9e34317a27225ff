import { sql } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor } from '../../../kernel/db';

/** A Gremium as the filters and facets name it. */
export interface GremiumName {
  id: string;
  slug: string;
  name: string;
}

/** The Gremien (organizations not deleted) by id, for the facet's names and the filter's slug; kept until one changes. */
export const gremiumNames = cachedQuery({ tables: ['council_organizations'], maxEntries: 1 }, async (db) => {
  const rows = await queryRows<GremiumName>(
    db,
    sql`select id, slug, coalesce(name, short_name, slug) as "name" from council_organizations where not deleted order by name collate "und-x-icu", id`,
  );
  return rows;
});

/** The words' lexemes as the German configuration derives them (stop words give none), in one statement. */
const lexemesByInput = new Map<string, string[]>();
const INPUTS_KEPT = 5000;

export async function lexemesOf(db: Executor, words: readonly string[]): Promise<string[]> {
  const input = words.join(' ');
  const known = lexemesByInput.get(input);
  if (known) return known;
  const [row] = await queryRows<{ lexemes: string[] | null }>(db, sql`select array(select lexeme from unnest(to_tsvector('german', ${input}))) as "lexemes"`);
  const lexemes = row?.lexemes ?? [];
  if (lexemesByInput.size >= INPUTS_KEPT) lexemesByInput.clear();
  lexemesByInput.set(input, lexemes);
  return lexemes;
}

export interface PaperHit {
  id: string;
  name: string | null;
  reference: string | null;
  date: string | null;
  paperType: string | null;
  /** Where the words stand in its best-matching file, the words between the marks `⟦…⟧` (escaped when drawn). */
  excerpt: string | null;
  excerptFile: string | null;
}

/** Marks ts_headline puts around a matched word; the view turns them into `<mark>` after escaping the text. */
export const MARK_START = '⟦';
export const MARK_END = '⟧';
/**
 * ts_headline parses all the text it is given, which cost PGlite several milliseconds per hit on a
 * file of a few pages (bench/council). So it is given a window: from a little before the first place
 * where a word's stem stands in the file's first SCANNED_CHARS (or from the start, when the stem is
 * spelled otherwise in the text, "ß" for "ss"), WINDOW_CHARS long.
 */
const SCANNED_CHARS = 100_000;
const WINDOW_CHARS = 600;
const WINDOW_BEFORE = 150;

/**
 * The page's papers in the order the index gave (one deleted since the index was read is left out),
 * each with an excerpt from the file (main or auxiliary, not deleted, public or one whose paper
 * `restrictedReadable` names) that has any of the words: the main file first.
 */
export async function paperHits(
  db: Executor,
  ids: readonly string[],
  restrictedReadable: readonly string[],
  { words, lexemes }: { words: readonly string[]; lexemes: readonly string[] },
): Promise<PaperHit[]> {
  if (ids.length === 0) return [];
  const list = (values: readonly string[]) =>
    sql`array[${sql.join(
      values.map((value) => sql`${value}`),
      sql`, `,
    )}]::uuid[]`;
  const firstStem =
    lexemes.length === 0
      ? sql`null::int`
      : sql`(select min(at) from unnest(array[${sql.join(
          lexemes.map((lexeme) => sql`strpos(lower(left(f.text, ${SCANNED_CHARS})), ${lexeme})`),
          sql`, `,
        )}]) at where at > 0)`;
  const window = sql`substring(coalesce(f.text, '') from greatest(1, coalesce(${firstStem}, 1) - ${WINDOW_BEFORE}) for ${WINDOW_CHARS})`;
  const excerpt =
    words.length === 0
      ? sql`select null::text as excerpt, null::text as file_name`
      : sql`select ts_headline('german', ${window}, q,
            ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=1`}) as excerpt,
          coalesce(f.name, f.file_name) as file_name
        from council_files f, to_tsquery('german', ${words.map((word) => `${word}:*`).join(' | ')}) q
        where not f.deleted and f.search @@ q
          and (f.public ${restrictedReadable.length > 0 ? sql`or p.id = any(${list(restrictedReadable)})` : sql``})
          and f.id = any(array(select p.main_file_id union all select pf.file_id from council_paper_files pf where pf.paper_id = p.id))
        order by f.id = p.main_file_id desc, f.id limit 1`;
  const rows = await queryRows<PaperHit>(
    db,
    sql`select p.id, p.name, p.reference, p.date::text as "date", p.paper_type as "paperType", best.excerpt, best.file_name as "excerptFile"
      from council_papers p left join lateral (${excerpt}) best on true
      where p.id = any(${list(ids)}) and not p.deleted`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
