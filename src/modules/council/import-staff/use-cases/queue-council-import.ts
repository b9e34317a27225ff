import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { queueSourceImport } from '../../import/jobs';
import { authorizedSource } from '../access';

/** "Jetzt importieren": queues the source's import (also of a switched-off one); the job worker runs it soon after. */
export async function queueCouncilImport(actor: Actor, input: { id: string; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<void> {
  const source = await authorizedSource(actor, input.id, db);
  await db.transaction(async (tx) => {
    await queueSourceImport(tx, source.id);
    await audit(tx, actor, {
      action: 'council.import.queued',
      objectType: 'council_source',
      objectId: source.id,
      details: { name: source.name },
      ip: input.ip,
    });
  });
}
