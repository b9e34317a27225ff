import { loadAuthorized, type Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { canReadMail, canViewOutbox, requireSection } from '../policies';
import { findMail, type MailDetail } from '../repository';

/** One mail; a mail the person may not read answers like a missing one. */
export async function readMail(actor: Actor, mailId: string, deps: Pick<ModuleDeps, 'db'>): Promise<MailDetail> {
  requireSection(actor, canViewOutbox);
  const id = /^\d{1,15}$/.test(mailId) ? Number(mailId) : undefined;
  return loadAuthorized(actor, async () => (id === undefined ? undefined : findMail(deps.db, id)), canReadMail, 'Die E-Mail');
}
