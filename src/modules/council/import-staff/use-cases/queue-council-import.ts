import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { queueSourceImport } from '../../import/jobs';
import { heldClaim } from '../../import/source-claim';
import { authorizedSource } from '../access';

/**
 * "Jetzt importieren": queues the source's import (also of a switched-off one); the job worker runs it
 * soon after. While a run holds the source nothing is queued (it would end at once): the answer says since when.
 */
export async function queueCouncilImport(
  actor: Actor,
  input: { id: string; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ queued: true } | { queued: false; runningSince: Date }> {
  const source = await authorizedSource(actor, input.id, db);
  if (source.runningSince && heldClaim(source)) return { queued: false, runningSince: source.runningSince };
  await db.transaction(async (tx) => {
    await queueSourceImport(tx, source.id);
    await audit(tx, actor, {
      action: 'council.import.queued',
      objectType: 'council_source',
      objectId: source.id,
      details: { name: source.name },
      ip: input.ip,
    });
  });
  return { queued: true };
}
