import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { listServiceDepartments } from '../repository';
import type { CatalogueQuery } from '../schemas';
import { searchServices, suggestedServices, type ServiceHit } from '../search';

export const CATALOGUE_PAGE_SIZE = 20;

export type CatalogueResult =
  | {
      kind: 'page';
      hits: ServiceHit[];
      total: number;
      pageCount: number;
      departments: readonly Readonly<{ id: string; name: string }>[];
      suggestions: readonly Readonly<ServiceHit>[];
    }
  /** A page number beyond the end (old link, fewer results now): the last page, not "nothing found". */
  | { kind: 'beyond-end'; lastPage: number };

/** "Leistungen A–Z": one page of the search or of the filtered list, with suggestions when nothing matches. Public. */
export async function browseCatalogue(_actor: Actor, query: CatalogueQuery, { db }: Pick<ModuleDeps, 'db'>): Promise<CatalogueResult> {
  const [result, departments] = await Promise.all([
    searchServices(db, { q: query.q, lifeSituation: query.lebenslage, departmentId: query.fachbereich, page: query.seite, pageSize: CATALOGUE_PAGE_SIZE }),
    listServiceDepartments(db),
  ]);
  const pageCount = Math.ceil(result.total / CATALOGUE_PAGE_SIZE);
  if (result.hits.length === 0 && pageCount > 0) return { kind: 'beyond-end', lastPage: pageCount };
  const suggestions = result.hits.length === 0 ? await suggestedServices(db) : [];
  return { kind: 'page', hits: result.hits, total: result.total, pageCount, departments, suggestions };
}
