import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayEditDataset } from '../../policies';
import { enterPublishing, organizationIdsOf } from '../guard';
import { listOrganizations } from '../repository/organizations';
import { PAGE_SIZE, staffDatasetPage, type StaffDatasetRow } from '../repository/datasets';
import type { DatasetFilters } from '../schemas';

export interface StaffDatasetList {
  rows: Array<StaffDatasetRow & { editable: boolean }>;
  total: number;
  pageCount: number;
  filters: DatasetFilters;
  organizations: Array<{ id: string; title: string }>;
  /** May the person create datasets at all (editor or admin somewhere)? */
  mayCreate: boolean;
}

/** "Datensätze": the datasets of the person's organisations, drafts, private and deleted ones included. */
export async function listStaffDatasets(actor: Actor, requested: DatasetFilters, { db }: Pick<ModuleDeps, 'db'>): Promise<StaffDatasetList> {
  const { access } = await enterPublishing(actor, db);
  const ids = organizationIdsOf(access);
  const [organizations, first] = await Promise.all([listOrganizations(db, ids), staffDatasetPage(db, ids, requested)]);
  const pageCount = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const filters = { ...requested, page: Math.min(requested.page, pageCount) };
  const { rows, total } = filters.page === requested.page ? first : await staffDatasetPage(db, ids, filters);
  return {
    rows: rows.map((row) => ({ ...row, editable: mayEditDataset(access, row) })),
    total,
    pageCount,
    filters,
    organizations: organizations.map(({ id, title }) => ({ id, title })),
    mayCreate: organizations.some((organization) => mayEditDataset(access, { organizationId: organization.id })),
  };
}
