import type { ModuleDeps } from '../../../kernel/module';
import { ANONYMOUS } from '../policies';
import { datasetHits, organizationSummaries, type DatasetHit, type OrganizationSummary } from '../repository/hits';
import { searchDatasets } from '../repository/search';
import { firstRecentDay } from '../usage/days';
import { mostUsedDatasetIds } from '../usage/repository';

export interface CatalogueStart {
  total: number;
  newest: DatasetHit[];
  /** The public datasets used most in the last 30 days (page views, downloads and API calls together). */
  mostUsed: DatasetHit[];
  themes: Array<{ groupName: string; count: number }>;
  organizations: readonly OrganizationSummary[];
}

const NEWEST = 6;
const MOST_USED = 6;

/** The start page of `/daten`: how many datasets, the newest and the most used, the categories with counts, the publishers. */
export async function catalogueStart({ db }: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<CatalogueStart> {
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
  const mostUsedIds = await mostUsedDatasetIds(db, firstRecentDay(now), MOST_USED);
  const [newest, mostUsed, organizations] = await Promise.all([datasetHits(db, result.ids), datasetHits(db, mostUsedIds), organizationSummaries(db, 'all')]);
  return {
    total: result.count,
    newest,
    mostUsed,
    themes: (result.facets.groups ?? []).map((facet) => ({ groupName: facet.name, count: facet.count })),
    organizations: organizations.filter((organization) => organization.datasetCount > 0),
  };
}
