import type { ModuleDeps } from '../../../kernel/module';
import { ANONYMOUS } from '../policies';
import { datasetHits, organizationSummaries, type DatasetHit, type OrganizationSummary } from '../repository/hits';
import { searchDatasets } from '../repository/search';

export interface CatalogueStart {
  total: number;
  newest: DatasetHit[];
  themes: Array<{ groupName: string; count: number }>;
  organizations: readonly OrganizationSummary[];
}

const NEWEST = 6;

/** The start page of `/daten`: how many datasets, the newest, the categories with counts, the publishers. */
export async function catalogueStart({ db }: Pick<ModuleDeps, 'db'>): Promise<CatalogueStart> {
  const result = await searchDatasets(db, {
    words: [],
    facetKeys: [],
    access: ANONYMOUS,
    includePrivate: false,
    includeDrafts: false,
    sort: [{ by: 'modified', descending: true }],
    rows: NEWEST,
    start: 0,
    facetFields: ['groups'],
  });
  const [newest, organizations] = await Promise.all([datasetHits(db, result.ids), organizationSummaries(db, 'all')]);
  return {
    total: result.count,
    newest,
    themes: (result.facets.groups ?? []).map((facet) => ({ groupName: facet.name, count: facet.count })),
    organizations: organizations.filter((organization) => organization.datasetCount > 0),
  };
}
