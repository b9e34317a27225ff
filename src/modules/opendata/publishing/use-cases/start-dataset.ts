import type { Actor } from '../../../../kernel/auth';
import type { Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Dataset } from '../../tables';
import { createDataset } from '../../use-cases/create-dataset';
import { enterPublishing } from '../guard';

/** "Datensatz anlegen" in the workspace: the section's gate, then the catalogue's one way to create a dataset (a draft, covering the municipality). */
export async function startDataset(
  actor: Actor,
  input: { organizationId: string; fields: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ dataset: Dataset }>> {
  const publisher = await enterPublishing(actor, deps.db);
  const fields = input.fields as Record<string, unknown>;
  // Without a stated area, the portal's own datasets cover the municipality (dcatde:politicalGeocodingURI).
  const area = fields.spatialKey ? {} : { spatialKey: deps.config.municipality.regionalschluessel, spatialLevel: 'municipality' };
  return createDataset(publisher.actor, { ...input, fields: { ...fields, ...area, state: 'draft' } }, deps);
}
