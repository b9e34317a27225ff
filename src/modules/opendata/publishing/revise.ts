import type { Executor } from '../../../kernel/db';
import { recordRevision, updateDataset } from '../repository/datasets';

/**
 * After a change to a dataset's distributions, inside its transaction: the dataset's revision rises
 * (harvesters see `metadata_modified` move) and the history gets the snapshot. The caller audits.
 */
export async function reviseDistributions(tx: Executor, actorId: string, datasetId: string): Promise<void> {
  await updateDataset(tx, datasetId, {});
  await recordRevision(tx, datasetId, 'resources', actorId);
}
