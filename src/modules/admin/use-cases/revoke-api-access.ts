import { audit } from '../../../kernel/audit';
import { revokeApiToken } from '../../../kernel/auth';
import { errors, isUuid } from '../../../kernel/http';
import { canManageApiTokens, requireSection, type AdminActor } from '../policies';
import { findApiAccess } from '../repository';
import { type UseCaseContext } from './context';

/**
 * Revokes an API access: the next request with its token is refused. `revoked` is false when it
 * already was revoked (nothing to audit); an unknown id is 404.
 */
export async function revokeApiAccess(
  actor: AdminActor,
  tokenId: string,
  context: Pick<UseCaseContext, 'db' | 'ip'>,
): Promise<{ revoked: boolean; name: string }> {
  requireSection(actor, canManageApiTokens);
  return context.db.transaction(async (tx) => {
    const row = isUuid(tokenId) ? await findApiAccess(tx, tokenId) : undefined;
    if (!row) throw errors.notFound('Der API-Zugang');
    const revoked = await revokeApiToken(tx, row.id);
    if (revoked) {
      await audit(tx, actor, { action: 'kernel.api_token_revoked', objectType: 'api_token', objectId: row.id, details: { name: row.name }, ip: context.ip });
    }
    return { revoked, name: row.name };
  });
}
