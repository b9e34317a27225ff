import type { SearchProvider } from '../../../kernel/module';
import { searchWords } from '../../../kernel/text-search';
import { SEARCH_PATHS } from '../paths';
import { SEARCH_TABLES } from './load-index';
import { germanDay, searchHref } from './presenters';
import { searchPapers } from './search-papers';

/**
 * The council's part of the portal search `/suche` (ADR 14): papers by their name, reference, type and
 * the texts of their files, as anonymous visitors find them on `/rat/suche` (the portal search's result
 * pages are shared by everyone, so never anything non-public). Input without a word finds nothing here.
 */
export const councilSearchProvider: SearchProvider = {
  area: 'Ratsinformation',
  moreHref: (query) => searchHref({ q: query.trim().slice(0, 100) }),
  tables: SEARCH_TABLES,
  search: async (query, limit, { db }) => {
    if (searchWords(query).length === 0) return { total: 0, hits: [] };
    const result = await searchPapers(null, { q: query.slice(0, 200), sortierung: 'relevanz', seite: 1 }, { db }, limit);
    if (result.kind !== 'page') return { total: 0, hits: [] };
    return {
      total: result.total,
      hits: result.hits.map((hit) => ({
        title: hit.name ?? hit.reference ?? 'Vorlage',
        href: SEARCH_PATHS.paper(hit.id),
        summary: [hit.reference, hit.paperType, hit.date ? germanDay(hit.date) : null].filter(Boolean).join(' · '),
      })),
    };
  },
};
