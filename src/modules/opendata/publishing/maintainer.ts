import type { Executor } from '../../../kernel/db';
import { maintainedElsewhere } from '../policies';
import type { Dataset } from '../tables';
import { findHarvestOrigin, type HarvestOrigin } from './repository/harvest-origin';

/** Where a read-only dataset is maintained, as its note names it: the harvest source (title, last run) or the portal's module. */
export type Maintainer = { by: 'harvest'; source: HarvestOrigin | undefined } | { by: 'module'; moduleLabel: string };

/** The maintainer of a dataset kept current elsewhere (`maintainedElsewhere`); undefined for one its publishers keep here. */
export async function findMaintainer(db: Executor, dataset: Pick<Dataset, 'origin' | 'harvestSourceId' | 'originRef'>): Promise<Maintainer | undefined> {
  const where = maintainedElsewhere(dataset);
  if (where?.by !== 'harvest') return where;
  return { by: 'harvest', source: where.harvestSourceId ? await findHarvestOrigin(db, where.harvestSourceId) : undefined };
}
