import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { lockDataset, recordRevision, updateDataset } from '../../repository/datasets';
import type { DatasetState } from '../../tables';
import { authorizedDataset, enterPublishing } from '../guard';
import type { StateAction } from '../paths';

const TARGET: Record<StateAction, { state: DatasetState; change: 'published' | 'unpublished' | 'deleted'; flash: string }> = {
  publish: { state: 'active', change: 'published', flash: 'Der Datensatz ist veröffentlicht.' },
  unpublish: { state: 'draft', change: 'unpublished', flash: 'Der Datensatz ist nicht mehr veröffentlicht. Er ist wieder ein Entwurf.' },
  // CKAN's `deleted`: gone from the catalogue, kept for the history and for harvesters, which learn of the deletion.
  delete: { state: 'deleted', change: 'deleted', flash: 'Der Datensatz ist gelöscht. Im Katalog erscheint er nicht mehr; sein Verlauf bleibt erhalten.' },
};

/** Publish, take back to draft, or delete a dataset; doing what is already done changes nothing. */
export async function changeDatasetState(
  actor: Actor,
  input: { id: string; action: StateAction; ip?: string },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<{ flash: string }> {
  const publisher = await enterPublishing(actor, db);
  const dataset = await authorizedDataset(publisher, input.id, { db, modules }, 'edit');
  const target = TARGET[input.action];
  await db.transaction(async (tx) => {
    const locked = await lockDataset(tx, dataset.id);
    if (!locked || locked.state === target.state) return;
    await updateDataset(tx, locked.id, { state: target.state });
    await recordRevision(tx, locked.id, target.change, publisher.actor.id);
    await audit(tx, publisher.actor, {
      action: ({ published: 'opendata.dataset.published', unpublished: 'opendata.dataset.unpublished', deleted: 'opendata.dataset.deleted' } as const)[
        target.change
      ],
      objectType: 'dataset',
      objectId: locked.id,
      details: { name: locked.name },
      ip: input.ip,
    });
  });
  return { flash: target.flash };
}
