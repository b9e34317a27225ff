/** Every URL of the search module (views link, routes register, tests call). */
export const SEARCH_PATHS = {
  search: '/suche',
  /** The search page for a query; the header's search form sends the same GET request. */
  query: (q: string) => (q ? `/suche?${new URLSearchParams({ q }).toString()}` : '/suche'),
} as const;
