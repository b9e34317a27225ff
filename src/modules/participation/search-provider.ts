import { and, desc, eq, sql } from 'drizzle-orm';
import type { SearchProvider } from '../../kernel/module';
import { prefixTsquery, searchWords } from '../../kernel/text-search';
import { PATHS } from './paths';
import { IDEA_STATUS_LABELS } from './presenters';
import { participationIdeas } from './tables';

const document = sql`to_tsvector('german', ${participationIdeas.title} || ' ' || ${participationIdeas.body})`;

/**
 * The published ideas in the portal search `/suche`: German full text with every typed word as a
 * prefix (docs/database.md, trap 7). The vector is computed per row: cheap for the few thousand
 * ideas a town collects; a stored column with a GIN index is the step when that grows.
 */
export const participationSearchProvider: SearchProvider = {
  area: 'Vorschläge (Mitmachen)',
  moreHref: () => PATHS.public,
  tables: ['participation_ideas'],
  search: async (query, limit, { db }) => {
    const words = searchWords(query);
    if (words.length === 0) return { total: 0, hits: [] };
    const matches = and(eq(participationIdeas.visibility, 'published'), sql`${document} @@ to_tsquery('german', ${prefixTsquery(words)})`);
    const rows = await db
      .select({
        id: participationIdeas.id,
        title: participationIdeas.title,
        status: participationIdeas.status,
        supportCount: participationIdeas.supportCount,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(participationIdeas)
      .where(matches)
      .orderBy(desc(participationIdeas.supportCount), desc(participationIdeas.createdAt))
      .limit(limit);
    return {
      total: rows[0]?.total ?? 0,
      hits: rows.map((row) => ({
        title: row.title,
        href: PATHS.idea(row.id),
        summary: `${IDEA_STATUS_LABELS[row.status]}, ${row.supportCount} Unterstützungen`,
      })),
    };
  },
};
