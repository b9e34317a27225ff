import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { updateHotspot } from '../repository';
import { authorizedHotspot } from './access';

/**
 * Takes an own hotspot out of service (it leaves the map, its history stays for the statistics) or
 * back into service. Returns whether it is retired now.
 */
export async function retireOwnHotspot(actor: Actor, input: { id: string; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<boolean> {
  const { hotspot } = await authorizedHotspot(actor, input.id, db);
  const retire = hotspot.removedAt === null;
  await db.transaction(async (tx) => {
    await updateHotspot(tx, hotspot.id, retire ? { removedAt: new Date(), online: false, clients: 0 } : { removedAt: null, online: true });
    await audit(tx, actor, {
      action: retire ? 'wlan.hotspot.retired' : 'wlan.hotspot.updated',
      objectType: 'wlan_hotspot',
      objectId: hotspot.id,
      details: { name: hotspot.name, ...(retire ? {} : { back: true }) },
      ip: input.ip,
    });
  });
  return retire;
}
