import type { ModuleDeps } from '../../../kernel/module';
import { errors } from '../../../kernel/http';
import { CKAN_NAME } from '../paths';
import { ANONYMOUS } from '../policies';
import { datasetHits, organizationSummaries, type DatasetHit, type OrganizationSummary } from '../repository/hits';
import { searchDatasets } from '../repository/search';

const SHOWN = 10;

/** An organisation's public page: who it is and its newest published datasets. */
export async function showOrganization(
  input: { name: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ organization: OrganizationSummary; newest: DatasetHit[] }> {
  const organization = CKAN_NAME.test(input.name) ? (await organizationSummaries(db, 'all')).find((candidate) => candidate.name === input.name) : undefined;
  if (!organization) throw errors.notFound('Die Organisation');
  const result = await searchDatasets(db, {
    words: [],
    facetKeys: [`organization:${organization.name}`],
    access: ANONYMOUS,
    includePrivate: false,
    includeDrafts: false,
    sort: [{ by: 'modified', descending: true }],
    rows: SHOWN,
    start: 0,
    facetFields: [],
  });
  return { organization, newest: await datasetHits(db, result.ids) };
}
