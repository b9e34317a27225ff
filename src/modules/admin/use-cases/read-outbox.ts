import { isAdmin, type Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { canViewOutbox, requireSection } from '../policies';
import { listMails, type MailFilter, type MailListRow, type Paged } from '../repository';
import { PAGE_SIZE } from '../schemas';

/** The mail outbox; staff with `admin.outbox` see only mails to citizens (see policies.canReadMail). */
export async function readOutbox(
  actor: Actor,
  input: { page: number; status?: MailFilter['status'] },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ mails: Paged<MailListRow>; citizensOnly: boolean }> {
  requireSection(actor, canViewOutbox);
  const citizensOnly = !isAdmin(actor);
  return { mails: await listMails(deps.db, { citizensOnly, status: input.status }, { page: input.page, pageSize: PAGE_SIZE }), citizensOnly };
}
