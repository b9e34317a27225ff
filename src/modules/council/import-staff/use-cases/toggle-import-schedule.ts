import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { authorizedSource } from '../access';
import { updateSource } from '../repository';

/** Switches a source's schedule off or on; returns whether it is on now. */
export async function toggleImportSchedule(actor: Actor, input: { id: string; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<boolean> {
  const source = await authorizedSource(actor, input.id, db);
  const enabled = !source.enabled;
  await db.transaction(async (tx) => {
    await updateSource(tx, source.id, { enabled });
    await audit(tx, actor, {
      action: 'council.source.scheduled',
      objectType: 'council_source',
      objectId: source.id,
      details: { name: source.name, enabled },
      ip: input.ip,
    });
  });
  return enabled;
}
