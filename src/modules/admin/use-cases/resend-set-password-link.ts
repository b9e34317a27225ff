import { audit } from '../../../kernel/audit';
import { errors, refuse, type Outcome, isUuid } from '../../../kernel/http';
import { requireUserManagement, type AdminActor } from '../policies';
import { findUserDetail } from '../repository';
import { type UseCaseContext } from './context';
import { issueSetPasswordLink } from './issue-set-password-link';

/** For a link that expired or a mail that got lost; the previous link stops working. */
export async function resendSetPasswordLink(actor: AdminActor, userId: string, context: UseCaseContext): Promise<Outcome<{ email: string; link: string }>> {
  requireUserManagement(actor);
  return context.db.transaction(async (tx): Promise<Outcome<{ email: string; link: string }>> => {
    const user = isUuid(userId) ? await findUserDetail(tx, userId) : undefined;
    if (!user) throw errors.notFound('Das Konto');
    if (user.disabledAt) return refuse({ form: 'Das Konto ist gesperrt. Entsperren Sie es, bevor Sie einen Link senden.' });
    const link = await issueSetPasswordLink(tx, user, context);
    await audit(tx, actor, { action: 'admin.password_link_sent', objectType: 'user', objectId: user.id, details: { email: user.email }, ip: context.ip });
    return { ok: true, email: user.email, link };
  });
}
