import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { deleteHotspot } from '../repository';
import { deleteHotspotSchema } from '../schemas';
import { authorizedHotspot } from './access';

/** Deletes an own hotspot entered by mistake, with its history; a hotspot that ran is retired instead. */
export async function deleteOwnHotspot(
  actor: Actor,
  input: { id: string; body: unknown; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ name: string }>> {
  const { hotspot } = await authorizedHotspot(actor, input.id, db);
  const parsed = parseForm(deleteHotspotSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  await db.transaction(async (tx) => {
    await deleteHotspot(tx, hotspot.id);
    await audit(tx, actor, { action: 'wlan.hotspot.deleted', objectType: 'wlan_hotspot', objectId: hotspot.id, details: { name: hotspot.name }, ip: input.ip });
  });
  return { ok: true, name: hotspot.name };
}
