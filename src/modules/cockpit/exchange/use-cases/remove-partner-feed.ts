import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { deletePartnerFeed } from '../repository';
import { authorizedPartnerFeed } from './access';

/** The coordinator removes a town from the comparison. */
export async function removePartnerFeed(actor: Actor, input: { id: string; ip?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<string> {
  const { partner } = await authorizedPartnerFeed(actor, input.id, db);
  await db.transaction(async (tx) => {
    await deletePartnerFeed(tx, partner.id);
    await audit(tx, actor, {
      action: 'cockpit.partner_feed.removed',
      objectType: 'cockpit_partner_feed',
      objectId: partner.id,
      details: { town: partner.townName, ags: partner.ags },
      ip: input.ip,
    });
  });
  return partner.townName;
}
