import type { Actor } from '../../../../../kernel/auth';
import type { ModuleDeps } from '../../../../../kernel/module';
import { berlinDay } from '../../../../../kernel/time';
import { requireCouncilStaff } from '../../entry/access';
import { listGremien, type GremiumRow } from '../repository';

/** The list of Gremien, Fraktionen and other organisations, entered here or imported. */
export async function showGremien(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<GremiumRow[]> {
  requireCouncilStaff(actor);
  return listGremien(db, berlinDay(new Date()));
}
