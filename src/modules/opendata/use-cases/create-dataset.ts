import { audit } from '../../../kernel/audit';
import type { Actor } from '../../../kernel/auth';
import { errors, parseForm, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { mayEditDataset } from '../policies';
import { findDatasetByName, insertDataset, recordRevision, replaceResources, type ResourceFields } from '../repository/datasets';
import { datasetFieldsSchema } from '../schemas/dataset';
import type { Dataset } from '../tables';
import { loadPublisherAccess } from './publisher-access';

/** The refusal of a taken name, which the CKAN API answers with CKAN's own words. */
export const NAME_TAKEN = 'Dieser Kurzname ist schon vergeben. Wählen Sie einen anderen.';

export interface CreateDatasetInput {
  organizationId: string;
  fields: unknown;
  resources?: ResourceFields[];
  ip?: string;
}

/**
 * A publisher creates a dataset for one of their organisations (editor or admin there), with its
 * distributions, its first revision in the history and an audit entry, in one transaction.
 */
export async function createDataset(actor: Actor, input: CreateDatasetInput, { db }: Pick<ModuleDeps, 'db'>): Promise<Outcome<{ dataset: Dataset }>> {
  if (!actor) throw errors.loginRequired();
  const access = await loadPublisherAccess(actor, db);
  if (!mayEditDataset(access, { organizationId: input.organizationId })) throw errors.notFoundOrForbidden('Die Organisation');
  const parsed = parseForm(datasetFieldsSchema, input.fields);
  if (!parsed.ok) return refuse(parsed.errors);
  return db.transaction(async (tx) => {
    if (await findDatasetByName(tx, parsed.data.name)) return refuse({ name: NAME_TAKEN });
    const dataset = await insertDataset(
      tx,
      { ...parsed.data, organizationId: input.organizationId },
      { origin: 'portal', harvestSourceId: null, originRef: null },
      actor.id,
    );
    if (input.resources?.length) await replaceResources(tx, dataset.id, input.resources);
    await recordRevision(tx, dataset.id, 'created', actor.id);
    await audit(tx, actor, { action: 'opendata.dataset.created', objectType: 'dataset', objectId: dataset.id, details: { name: dataset.name }, ip: input.ip });
    return { ok: true as const, dataset };
  });
}
