import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { errors, isUuid } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff } from '../../entry/access';
import { deleteLink } from '../repository';

/** Takes the role "Ratsmitglied" from an account: from now on it sees only what everyone sees. */
export async function unlinkMember(actor: Actor, input: { userId: string; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<void> {
  requireCouncilStaff(actor);
  if (!isUuid(input.userId)) throw errors.notFound('Die Verknüpfung');
  await db.transaction(async (tx) => {
    const removed = await deleteLink(tx, input.userId);
    if (!removed) throw errors.notFound('Die Verknüpfung');
    await audit(tx, actor, {
      action: 'council.member.unlinked',
      objectType: 'council_person',
      objectId: removed.personId,
      details: { userId: input.userId },
      ip: input.ip,
    });
  });
}
