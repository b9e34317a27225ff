import type { Actor } from '../../../../kernel/auth';
import type { Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Dataset } from '../../tables';
import { createDataset } from '../../use-cases/create-dataset';
import { enterPublishing } from '../guard';

/** "Datensatz anlegen" in the workspace: the section's gate, then the catalogue's one way to create a dataset (a draft). */
export async function startDataset(
  actor: Actor,
  input: { organizationId: string; fields: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ dataset: Dataset }>> {
  const publisher = await enterPublishing(actor, deps.db);
  return createDataset(publisher.actor, { ...input, fields: { ...(input.fields as object), state: 'draft' } }, deps);
}
