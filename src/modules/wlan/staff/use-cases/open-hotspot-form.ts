import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import type { WlanHotspot } from '../../tables';
import { authorizedHotspot, requireWlanStaff } from './access';

/** The form to add an own hotspot (no id) or to edit one: for staff with wlan.manage only. */
export async function openHotspotForm(actor: Actor, input: { id?: string | undefined }, { db }: Pick<ModuleDeps, 'db'>): Promise<WlanHotspot | undefined> {
  requireWlanStaff(actor);
  return input.id ? (await authorizedHotspot(actor, input.id, db)).hotspot : undefined;
}
