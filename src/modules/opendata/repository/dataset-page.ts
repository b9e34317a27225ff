import { eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { datasets, organizations, type Dataset, type Organization, type Resource } from '../tables';
import { listResources } from './datasets';

export interface DatasetWithParts {
  dataset: Dataset;
  organization: Organization;
  resources: Resource[];
}

/** A dataset by its name with its publisher and distributions (states and visibility are the caller's to check). */
export async function datasetWithParts(db: Executor, name: string): Promise<DatasetWithParts | undefined> {
  const [row] = await db
    .select({ dataset: datasets, organization: organizations })
    .from(datasets)
    .innerJoin(organizations, eq(organizations.id, datasets.organizationId))
    .where(eq(datasets.name, name));
  if (!row) return undefined;
  return { ...row, resources: await listResources(db, row.dataset.id) };
}
