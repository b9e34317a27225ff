import type { ModuleDeps } from '../../../kernel/module';
import { findDeclaration } from '../module-datasets/sync';
import { maintainedElsewhere } from '../policies';
import type { Dataset } from '../tables';
import { findHarvestOrigin, type HarvestOrigin } from './repository/harvest-origin';

/**
 * Where a read-only dataset is maintained, as its note names it: the harvest source (title, last run)
 * or what the portal makes it from (the module's `madeFrom`, e.g. "dem Leistungskatalog").
 */
export type Maintainer = { by: 'harvest'; source: HarvestOrigin | undefined } | { by: 'module'; madeFrom: string };

/** A module's dataset whose declaration is gone (the module no longer registered, the dataset renamed): the job no longer writes it. */
const UNDECLARED = 'den Daten eines seiner Bereiche';

/** The maintainer of a dataset kept current elsewhere (`maintainedElsewhere`); undefined for one its publishers keep here. */
export async function findMaintainer(
  deps: Pick<ModuleDeps, 'db' | 'modules'>,
  dataset: Pick<Dataset, 'origin' | 'harvestSourceId' | 'originRef'>,
): Promise<Maintainer | undefined> {
  const where = maintainedElsewhere(dataset);
  if (where?.by === 'module') return { by: 'module', madeFrom: findDeclaration(deps, where.originRef)?.madeFrom ?? UNDECLARED };
  if (where?.by === 'harvest') return { by: 'harvest', source: where.harvestSourceId ? await findHarvestOrigin(deps.db, where.harvestSourceId) : undefined };
  return undefined;
}
