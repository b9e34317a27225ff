import { audit } from '../../../kernel/audit';
import { createApiToken } from '../../../kernel/auth';
import { refuse, type Outcome } from '../../../kernel/http';
import { canManageApiTokens, requireSection, type AdminActor } from '../policies';
import { departmentExists } from '../repository';
import type { ApiTokenInput } from '../schemas';
import type { UseCaseContext } from './context';

export interface CreatedApiAccess {
  id: string;
  /** Shown once and never again: only its hash is stored. */
  token: string;
}

/** Creates an API access for a Fachverfahren, portal-wide or for one department. */
export async function createApiAccess(actor: AdminActor, input: ApiTokenInput, context: Pick<UseCaseContext, 'db' | 'ip'>): Promise<Outcome<CreatedApiAccess>> {
  requireSection(actor, canManageApiTokens);
  return context.db.transaction(async (tx): Promise<Outcome<CreatedApiAccess>> => {
    if (input.departmentId && !(await departmentExists(tx, input.departmentId))) {
      return refuse({ departmentId: `Den Fachbereich „${input.departmentId}“ gibt es nicht. Wählen Sie einen Fachbereich aus der Liste aus.` });
    }
    const created = await createApiToken(tx, { name: input.name, ...(input.departmentId ? { departmentId: input.departmentId } : {}) });
    // Same action names as before the pages existed, so the log reads alike for old and new entries.
    await audit(tx, actor, {
      action: 'kernel.api_token_created',
      objectType: 'api_token',
      objectId: created.id,
      details: { name: input.name, departmentId: input.departmentId ?? null },
      ip: context.ip,
    });
    return { ok: true, ...created };
  });
}
