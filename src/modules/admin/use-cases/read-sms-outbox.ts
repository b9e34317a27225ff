import { requireSection, type Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { canViewOutbox } from '../policies';
import { listSms, type Paged, type SmsRow } from '../repository';
import { PAGE_SIZE } from '../schemas';

/**
 * The SMS outbox (kernel/sms), for the same people as the mail outbox: without an SMS provider every
 * SMS stays here. SMS go only to citizens (appointment reminders), so nobody's account is at stake.
 */
export async function readSmsOutbox(
  actor: Actor,
  input: { page: number; status?: SmsRow['status'] | undefined },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Paged<SmsRow>> {
  requireSection(actor, canViewOutbox);
  return listSms(deps.db, input.status, { page: input.page, pageSize: PAGE_SIZE });
}
