import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/**
 * The search's columns (council-search, `search/`): German full text kept by the database itself as
 * STORED generated columns, so the importer and the staff forms need not know about it, and the
 * in-memory index (`search/paper-index.ts`) reads the lexemes instead of stemming every text again.
 */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A paper's own words: its name (weight A) over its reference and type (B). The reference is split at
 * everything but letters and digits ("V/2026/0012" → v 2026 0012), the way typed words are split, since
 * the parser would keep it as one path token no typed word matches.
 */
export const paperSearchColumn = () =>
  tsvector('search')
    .notNull()
    .generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(name, '')), 'A') || setweight(to_tsvector('german', regexp_replace(coalesce(reference, ''), '[^[:alnum:]]+', ' ', 'g') || ' ' || coalesce(paper_type, '')), 'B')`,
    );

/**
 * A file's words: its name (C) and its extracted text (D). The text is cut at 300,000 characters
 * (about 120 pages), so no document can exceed a tsvector's 1 MB limit and make its import fail.
 */
export const fileSearchColumn = () =>
  tsvector('search')
    .notNull()
    .generatedAlwaysAs(sql`setweight(to_tsvector('german', coalesce(name, '')), 'C') || to_tsvector('german', left(coalesce(text, ''), 300000))`);
