import { audit } from '../../../kernel/audit';
import type { CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { recordRevision, updateDataset } from '../repository/datasets';

/**
 * After a change to a dataset's distributions, inside its transaction: the dataset's revision rises
 * (harvesters see `metadata_modified` move), the history gets the snapshot, the audit log the action.
 */
export async function reviseDistributions(
  tx: Executor,
  actor: CurrentUser,
  datasetId: string,
  entry: { action: string; details: Record<string, unknown>; ip?: string | undefined },
): Promise<void> {
  await updateDataset(tx, datasetId, {});
  await recordRevision(tx, datasetId, 'resources', actor.id);
  await audit(tx, actor, { action: entry.action, objectType: 'dataset', objectId: datasetId, details: entry.details, ip: entry.ip });
}
