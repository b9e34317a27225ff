import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { parseForm, refuse, type Outcome, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { findDatasetByName, lockDataset, recordRevision, syncResources, updateDataset as writeDataset, type ResourceFields } from '../../repository/datasets';
import type { DatasetState, Resource } from '../../tables';
import { NAME_TAKEN } from '../../use-cases/create-dataset';
import { mayEditDataset } from '../../policies';
import { datasetFieldsSchema } from '../../schemas/dataset';
import { authorizedDataset, enterPublishing } from '../guard';
import { findOrganization } from '../repository/organizations';

export const MOVE_REFUSED = 'Wählen Sie eine Organisation aus, in der Sie Datensätze bearbeiten dürfen.';

export const STALE_EDIT =
  'Jemand hat den Datensatz geändert, während Sie ihn bearbeitet haben. Laden Sie die Seite neu, prüfen Sie die Änderungen im Verlauf und tragen Sie Ihre dann erneut ein.';

/**
 * Saves the metadata of a dataset. Optimistic: the form carries the revision it was drawn from, and
 * an edit based on an older one is refused instead of overwriting someone else's change unseen.
 * On the page the state (draft, published, deleted) changes only through its own actions; CKAN's
 * package_update states it with the metadata (`state`) and may give the whole list of distributions
 * (`resources`, see syncResources), in the same transaction and revision.
 * `organizationId`: moves the dataset to another organisation, as CKAN allows it to someone who edits
 * datasets in both (the old one is checked by the guard, the new one here). Its id, name and so its
 * URIs stay; the move is a revision and has its own audit entry.
 */
export async function updateDataset(
  actor: Actor,
  input: {
    id: string;
    revision: number;
    fields: unknown;
    organizationId?: string;
    state?: Exclude<DatasetState, 'deleted'>;
    resources?: ReadonlyArray<ResourceFields & { id?: string }>;
    ip?: string;
  },
  { db, files, modules }: Pick<ModuleDeps, 'db' | 'files' | 'modules'>,
): Promise<Outcome> {
  const publisher = await enterPublishing(actor, db);
  const current = await authorizedDataset(publisher, input.id, { db, modules }, 'edit');
  // What the form does not show (set by the API, a harvest or the start) is kept, not reset to empty.
  const kept = {
    contributorIds: current.contributorIds,
    spatialKey: current.spatialKey,
    spatialLevel: current.spatialLevel ?? undefined,
    issued: current.issued,
    modified: current.modified,
  };
  const parsed = parseForm(datasetFieldsSchema, { ...kept, ...(input.fields as object), state: input.state ?? current.state });
  if (!parsed.ok) return refuse(parsed.errors);
  const moveTo = input.organizationId !== undefined && input.organizationId !== current.organizationId ? input.organizationId : undefined;
  const target = moveTo && isUuid(moveTo) && mayEditDataset(publisher.access, { organizationId: moveTo }) ? await findOrganization(db, moveTo) : undefined;
  if (moveTo && !target) return refuse({ organizationId: MOVE_REFUSED });
  let removed: Resource[] = [];
  const outcome = await db.transaction(async (tx) => {
    const locked = await lockDataset(tx, current.id);
    if (!locked || locked.revision !== input.revision) return refuse({ form: STALE_EDIT });
    const taken = parsed.data.name !== locked.name ? await findDatasetByName(tx, parsed.data.name) : undefined;
    if (taken) return refuse({ name: NAME_TAKEN });
    await writeDataset(tx, locked.id, target ? { ...parsed.data, organizationId: target.id } : parsed.data);
    if (input.resources) removed = await syncResources(tx, locked.id, input.resources);
    await recordRevision(tx, locked.id, 'updated', publisher.actor.id);
    await audit(tx, publisher.actor, {
      action: 'opendata.dataset.updated',
      objectType: 'dataset',
      objectId: locked.id,
      details: { name: parsed.data.name },
      ip: input.ip,
    });
    if (target) {
      await audit(tx, publisher.actor, {
        action: 'opendata.dataset.moved',
        objectType: 'dataset',
        objectId: locked.id,
        details: { name: parsed.data.name, from: locked.organizationId, to: target.id },
        ip: input.ip,
      });
    }
    return { ok: true as const };
  });
  for (const resource of removed) if (resource.fileKey) await files.delete(resource.fileKey);
  return outcome;
}
