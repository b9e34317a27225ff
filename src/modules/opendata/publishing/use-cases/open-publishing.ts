import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCreateOrganization } from '../../policies';
import { enterPublishing } from '../guard';

/**
 * For forms that show nothing of an object yet ("API-Schlüssel anlegen", `organisation: true`:
 * "Organisation anlegen", the portal's admins only): the same gate as the action behind them.
 */
export async function openPublishing(actor: Actor, input: { organisation?: boolean }, { db }: Pick<ModuleDeps, 'db'>): Promise<void> {
  const { access } = await enterPublishing(actor, db);
  if (input.organisation && !mayCreateOrganization(access)) throw errors.notFound();
}
