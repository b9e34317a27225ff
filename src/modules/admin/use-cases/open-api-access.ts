import type { Actor } from '../../../kernel/auth';
import { errors, isUuid } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageApiTokens, requireSection } from '../policies';
import { findApiAccess, type ApiAccessRow } from '../repository';

/** One API access, for the page that asks before revoking it. */
export async function openApiAccess(actor: Actor, tokenId: string, deps: Pick<ModuleDeps, 'db'>): Promise<ApiAccessRow> {
  requireSection(actor, canManageApiTokens);
  const row = isUuid(tokenId) ? await findApiAccess(deps.db, tokenId) : undefined;
  if (!row) throw errors.notFound('Der API-Zugang');
  return row;
}
