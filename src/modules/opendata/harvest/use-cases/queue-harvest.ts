import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { queueSourceHarvest } from '../jobs';
import { authorizedSource } from './authorized-source';

/** "Jetzt ernten": an admin of the source's organisation queues a run; the job worker runs it soon after. */
export async function queueHarvest(actor: Actor, input: { id: string; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<void> {
  const { user, source } = await authorizedSource(actor, input.id, 'manage', db);
  await db.transaction(async (tx) => {
    await queueSourceHarvest(tx, source.id);
    await audit(tx, user, {
      action: 'opendata.harvest.queued',
      objectType: 'harvest_source',
      objectId: source.id,
      details: { name: source.name },
      ip: input.ip,
    });
  });
}
