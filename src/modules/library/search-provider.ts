import type { SearchProvider } from '../../kernel/module';
import { searchWords } from '../../kernel/text-search';
import { LIBRARY_PATHS } from './paths';
import { catalogueHref, MEDIA_TYPE_LABELS } from './presenters';
import { searchCatalogue } from './repository/search';
import { displayName } from './views/record-list';

/**
 * The catalogue's part of the portal search `/suche`: the same German full text as the catalogue,
 * best hits first, without facets. Input without a word finds nothing here (the whole catalogue A–Z
 * is no answer to a search).
 */
export const librarySearchProvider: SearchProvider = {
  area: 'Stadtbücherei',
  moreHref: (query) => catalogueHref({ q: query.trim().slice(0, 200) }),
  tables: ['library_records'],
  search: async (query, limit, { db }) => {
    if (searchWords(query).length === 0) return { total: 0, hits: [] };
    const result = await searchCatalogue(db, { q: query, sort: 'relevanz', page: 1, pageSize: limit });
    return {
      total: result.total,
      hits: result.hits.map((hit) => ({
        title: hit.subtitle ? `${hit.title}: ${hit.subtitle}` : hit.title,
        href: LIBRARY_PATHS.record(hit.id),
        summary: [MEDIA_TYPE_LABELS[hit.mediaType], hit.authors.map(displayName).join(', '), hit.year].filter(Boolean).join(' · '),
      })),
    };
  },
};
