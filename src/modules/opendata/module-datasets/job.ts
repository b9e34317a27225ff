import type { JobHandler } from '../../../kernel/jobs/worker';
import type { ModuleDeps } from '../../../kernel/module';
import { syncModuleDatasets } from './sync';

export const MODULE_DATASETS_SYNC_JOB = 'opendata.module-datasets.sync';

/** Keeps the modules' datasets current: a changed row set shows as a new revision within a quarter of an hour. */
export function moduleDatasetJobs(deps: Pick<ModuleDeps, 'db' | 'config' | 'modules'>): JobHandler[] {
  return [
    {
      kind: MODULE_DATASETS_SYNC_JOB,
      everySeconds: 900,
      run: async () => {
        await syncModuleDatasets(deps);
      },
    },
  ];
}
