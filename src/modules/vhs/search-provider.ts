import { formatDate } from '../../kernel/views';
import type { SearchProvider } from '../../kernel/module';
import { searchWords } from '../../kernel/text-search';
import { VHS_PATHS } from './paths';
import { catalogueHref } from './presenters';
import { searchCourses } from './search';

/**
 * The course programme's part of the portal search `/suche`: the catalogue's own German full-text
 * search with typo tolerance, current courses only (not yet ended), by start. Input without a
 * word finds nothing here (the catalogue would list every course, which is no answer to a search).
 */
export const vhsSearchProvider: SearchProvider = {
  area: 'Volkshochschule',
  moreHref: (query) => catalogueHref({ q: query.trim().slice(0, 100) }),
  tables: ['vhs_courses', 'vhs_places', 'vhs_programme_areas'],
  search: async (query, limit, { db }) => {
    if (searchWords(query).length === 0) return { total: 0, hits: [] };
    const result = await searchCourses(db, { q: query, onlyFreePlaces: false, onlyNotStarted: false, now: new Date(), page: 1, pageSize: limit });
    return {
      total: result.total,
      hits: result.hits.map((hit) => ({
        title: hit.state === 'cancelled' ? `${hit.title} (abgesagt)` : hit.title,
        href: VHS_PATHS.course(hit.slug),
        summary: `Kurs ${hit.number}, ${hit.areaName}, ab ${formatDate(hit.startsAt)}. ${hit.summary}`,
      })),
    };
  },
};
