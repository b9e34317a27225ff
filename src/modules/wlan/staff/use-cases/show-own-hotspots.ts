import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import type { WlanHotspot } from '../../tables';
import { freifunkCounts, listOwnHotspots } from '../repository';
import { requireWlanStaff } from './access';

export interface OwnHotspotsPage {
  hotspots: WlanHotspot[];
  freifunk: { total: number; online: number; inside: number };
}

/** The section "Eigene Hotspots": the city's and its companies' hotspots, and the imported nodes in numbers. */
export async function showOwnHotspots(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<OwnHotspotsPage> {
  requireWlanStaff(actor);
  const [hotspots, freifunk] = await Promise.all([listOwnHotspots(db), freifunkCounts(db)]);
  return { hotspots, freifunk };
}
