import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { searchCatalogue, type CatalogueFacets, type CatalogueHit } from '../repository/search';
import { MAX_PAGE, type CatalogueQuery, type CatalogueSort } from '../schemas';

export const CATALOGUE_PAGE_SIZE = 20;

export type BrowseResult =
  | { kind: 'page'; hits: CatalogueHit[]; total: number; pageCount: number; facets: CatalogueFacets; sort: CatalogueSort }
  /** A page number beyond the end (old link, fewer results now): the last page, not "nothing found". */
  | { kind: 'beyond-end'; lastPage: number };

/** The catalogue's search: relevance when words were given, else A–Z by title. Public. */
export function effectiveSort(query: CatalogueQuery): CatalogueSort {
  return query.sortierung ?? (query.q ? 'relevanz' : 'titel');
}

/** One page of the catalogue search with its facets, in one statement. Public: no actor needed. */
export async function browseCatalogue(_actor: Actor, query: CatalogueQuery, { db }: Pick<ModuleDeps, 'db'>): Promise<BrowseResult> {
  const sort = effectiveSort(query);
  const result = await searchCatalogue(db, {
    q: query.q,
    mediaType: query.medium,
    years: query.jahr,
    language: query.sprache,
    subject: query.thema,
    sort,
    page: query.seite,
    pageSize: CATALOGUE_PAGE_SIZE,
  });
  const pageCount = Math.min(Math.ceil(result.total / CATALOGUE_PAGE_SIZE), MAX_PAGE);
  if (result.hits.length === 0 && pageCount > 0) return { kind: 'beyond-end', lastPage: pageCount };
  return { kind: 'page', hits: result.hits, total: result.total, pageCount, facets: result.facets, sort };
}
