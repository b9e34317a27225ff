import type { SearchProvider } from '../../kernel/module';
import { SERVICE_PATHS } from './paths';
import { catalogueHref } from './presenters';
import { searchWords } from '../../kernel/text-search';
import { searchServices } from './search';

/**
 * The catalogue's part of the portal search `/suche`: the same German full-text search with typo
 * tolerance as "Leistungen A–Z". Input without a word finds nothing here (the catalogue would list
 * every Leistung A–Z, which is no answer to a search).
 */
export const servicesSearchProvider: SearchProvider = {
  area: 'Leistungen',
  moreHref: (query) => catalogueHref({ q: query.trim().slice(0, 100) }),
  tables: ['services', 'departments'],
  search: async (query, limit, { db }) => {
    if (searchWords(query).length === 0) return { total: 0, hits: [] };
    const result = await searchServices(db, { q: query, page: 1, pageSize: limit });
    return {
      total: result.total,
      hits: result.hits.map((hit) => ({ title: hit.name, href: SERVICE_PATHS.detail(hit.slug), summary: hit.summary })),
    };
  },
};
