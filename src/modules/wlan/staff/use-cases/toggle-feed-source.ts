import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { updateSource } from '../repository';
import { authorizedSource } from './access';

/** Switches a source's schedule off or on; returns whether it is enabled now. */
export async function toggleFeedSource(actor: Actor, input: { id: string; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<boolean> {
  const { source } = await authorizedSource(actor, input.id, db);
  const enabled = !source.enabled;
  await db.transaction(async (tx) => {
    await updateSource(tx, source.id, { enabled });
    await audit(tx, actor, {
      action: enabled ? 'wlan.source.enabled' : 'wlan.source.disabled',
      objectType: 'wlan_feed_source',
      objectId: source.id,
      details: { name: source.name },
      ip: input.ip,
    });
  });
  return enabled;
}
