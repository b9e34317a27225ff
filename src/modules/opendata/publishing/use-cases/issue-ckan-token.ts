import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { createCkanToken, type NewCkanToken } from '../../access/api-tokens';
import { enterPublishing } from '../guard';

/** A new key for the CKAN API, acting as the person within their organisations; the key is shown once. */
export async function issueCkanToken(actor: Actor, input: NewCkanToken & { ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<{ token: string }> {
  const { actor: person } = await enterPublishing(actor, db);
  return db.transaction(async (tx) => {
    const { id, token } = await createCkanToken(tx, person.id, input);
    await audit(tx, person, {
      action: 'opendata.token.created',
      objectType: 'opendata_api_token',
      objectId: id,
      details: { name: input.name, scope: input.scope },
      ip: input.ip,
    });
    return { token };
  });
}
