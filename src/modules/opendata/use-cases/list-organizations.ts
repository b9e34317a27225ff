import type { ModuleDeps } from '../../../kernel/module';
import { organizationSummaries, type OrganizationSummary } from '../repository/hits';

/** `/daten/organisationen`: every publisher, A–Z, with its number of published datasets. */
export function listOrganizations({ db }: Pick<ModuleDeps, 'db'>): Promise<readonly OrganizationSummary[]> {
  return organizationSummaries(db, 'all');
}
