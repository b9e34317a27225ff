import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { searchWords } from '../../../kernel/text-search';
import { ANONYMOUS } from '../policies';
import { datasetHits, organizationSummaries, type DatasetHit } from '../repository/hits';
import { FACET_FIELDS, searchDatasets, type SortKey } from '../repository/search';
import { typoSuggestions } from '../repository/suggest';
import { FILTER_FACETS, type CatalogueQuery, type CatalogueSort, type FilterParam } from '../schemas/catalogue-query';

export const PAGE_SIZE = 20;
/** Up to this many hits, the page also asks whether a typo was meant: one or two hits are often the wrong ones. */
const FEW_HITS = 2;

const SORT_KEYS: Record<CatalogueSort, SortKey[]> = {
  relevanz: [
    { by: 'relevance', descending: true },
    { by: 'modified', descending: true },
  ],
  aktualisiert: [{ by: 'modified', descending: true }],
  name: [{ by: 'title', descending: false }],
};

export interface FacetValue {
  param: FilterParam;
  value: string;
  count: number;
}

export interface BrowseResult {
  hits: DatasetHit[];
  total: number;
  pageCount: number;
  /** Per filter parameter: its values among the hits, most frequent first. */
  facets: Record<FilterParam, FacetValue[]>;
  /** Organisation titles by name, for facet labels and hits. */
  organizationTitles: ReadonlyMap<string, string>;
  sort: CatalogueSort;
  /** Queries with typos corrected ("Meinten Sie …?"), when the words found little. */
  suggestions: string[];
}

/**
 * The public search of the catalogue: published public datasets only (the publishers' own drafts
 * are in the back office), so every anonymous visitor sees the same page and it can be cached.
 * Without words the newest come first; with words, the best matches.
 */
export async function browseDatasets(_actor: Actor, query: CatalogueQuery, { db }: Pick<ModuleDeps, 'db'>): Promise<BrowseResult> {
  const words = searchWords(query.q);
  const sort = query.sortierung ?? (words.length > 0 ? 'relevanz' : 'aktualisiert');
  const facetKeys = (Object.keys(FILTER_FACETS) as FilterParam[]).flatMap((param) => query[param].map((value) => `${FILTER_FACETS[param]}:${value}`));
  const result = await searchDatasets(db, {
    words,
    facetKeys,
    access: ANONYMOUS,
    includePrivate: false,
    includeDrafts: false,
    sort: SORT_KEYS[sort],
    rows: PAGE_SIZE,
    start: (query.seite - 1) * PAGE_SIZE,
    facetFields: FACET_FIELDS,
  });
  const [hits, organizations, suggestions] = await Promise.all([
    datasetHits(db, result.ids),
    organizationSummaries(db, 'all'),
    result.count <= FEW_HITS ? typoSuggestions(db, words) : [],
  ]);
  const facets = Object.fromEntries(
    (Object.entries(FILTER_FACETS) as Array<[FilterParam, string]>).map(([param, field]) => [
      param,
      (result.facets[field] ?? []).map((entry) => ({ param, value: entry.name, count: entry.count })),
    ]),
  ) as Record<FilterParam, FacetValue[]>;
  return {
    hits,
    total: result.count,
    pageCount: Math.max(1, Math.ceil(result.count / PAGE_SIZE)),
    facets,
    organizationTitles: new Map(organizations.map((organization) => [organization.name, organization.title])),
    sort,
    suggestions,
  };
}
