import { SEARCH_PATHS } from '../paths';
import type { PaperSearchQuery } from '../search/schemas';

/** The subscription form for this search: its words and filters (the page and order are no part of an alert). */
export function alertHrefForSearch(query: PaperSearchQuery): string {
  const params = new URLSearchParams({ suche: 'ja' });
  if (query.q) params.set('q', query.q);
  for (const param of ['art', 'gremium', 'von', 'bis'] as const) {
    const value = query[param];
    if (value) params.set(param, value);
  }
  return `${SEARCH_PATHS.newAlert}?${params.toString()}`;
}
