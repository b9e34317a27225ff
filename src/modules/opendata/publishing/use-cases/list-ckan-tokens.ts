import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { enterPublishing } from '../guard';
import { listTokens, type TokenRow } from '../repository/tokens';

/** "API-Schlüssel": the person's own keys for the CKAN API (nobody sees another person's). */
export async function listCkanTokens(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<TokenRow[]> {
  const { actor: person } = await enterPublishing(actor, db);
  return listTokens(db, person.id);
}
