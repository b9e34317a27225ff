import type { ModuleDeps } from '../../kernel/module';
import { catalogueFile, demoCatalogueOptions } from './demo/index';
import { importCatalogue } from './use-cases/import-catalogue';

/** A small catalogue from the town's demo generator (the pack's seed), imported as a file would be. */
export async function importSmallCatalogue(deps: Pick<ModuleDeps, 'db' | 'config'>, count = 300): Promise<void> {
  const options = demoCatalogueOptions(deps);
  if (!options) throw new Error('the test configuration has no library demo pack');
  const report = await importCatalogue({ id: null, label: 'test' }, { chunks: catalogueFile({ ...options, count }), source: 'test' }, deps);
  if (report.failed > 0) throw new Error(JSON.stringify(report.errors));
}
