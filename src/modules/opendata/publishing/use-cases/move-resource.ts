import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { listResources, lockDataset } from '../../repository/datasets';
import { swapPositions } from '../repository/datasets';
import { reviseDistributions } from '../revise';
import { openResource } from './open-resource';

/** Moves a distribution one place up or down in the dataset's list; at either end nothing changes. */
export async function moveResource(
  actor: Actor,
  input: { id: string; resourceId: string; direction: 'up' | 'down'; ip?: string },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<void> {
  const { actor: publisher, dataset, resource } = await openResource(actor, input, { db, modules });
  await db.transaction(async (tx) => {
    await lockDataset(tx, dataset.id);
    const list = await listResources(tx, dataset.id);
    const at = list.findIndex((row) => row.id === resource.id);
    const neighbour = list[input.direction === 'up' ? at - 1 : at + 1];
    if (at < 0 || !neighbour) return;
    await swapPositions(tx, list[at]!, neighbour);
    await reviseDistributions(tx, publisher.id, dataset.id);
    await audit(tx, publisher, {
      action: 'opendata.resource.moved',
      objectType: 'dataset',
      objectId: dataset.id,
      details: { name: resource.name, direction: input.direction },
      ip: input.ip,
    });
  });
}
