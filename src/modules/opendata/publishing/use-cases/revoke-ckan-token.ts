import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { revokeCkanToken as revoke } from '../../access/api-tokens';
import { enterPublishing } from '../guard';
import { listTokens, type TokenRow } from '../repository/tokens';

/**
 * The person's key, for the confirmation page (`revoke: false`) or revoked (`revoke: true`). Another
 * person's key answers 404; revoking twice changes nothing.
 */
export async function revokeCkanToken(actor: Actor, input: { id: string; revoke: boolean; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<TokenRow> {
  const { actor: person } = await enterPublishing(actor, db);
  const token = isUuid(input.id) ? (await listTokens(db, person.id)).find((row) => row.id === input.id) : undefined;
  if (!token) throw errors.notFound('Der API-Schlüssel');
  if (!input.revoke) return token;
  await db.transaction(async (tx) => {
    if (await revoke(tx, person.id, token.id)) {
      await audit(tx, person, {
        action: 'opendata.token.revoked',
        objectType: 'opendata_api_token',
        objectId: token.id,
        details: { name: token.name },
        ip: input.ip,
      });
    }
  });
  return token;
}
