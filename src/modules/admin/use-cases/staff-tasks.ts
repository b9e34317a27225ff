import { isAdmin, type CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { canManageUsers, canViewOutbox } from '../policies';
import { countMails, countStaffWithoutPassword } from '../repository';

/** The module's part of "Meine Aufgaben": only what this person may work on, and only when there is something. */
export async function adminStaffTasks(actor: CurrentUser, deps: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  const tasks: StaffTask[] = [];
  if (canViewOutbox(actor)) {
    const failed = await countMails(deps.db, { citizensOnly: !isAdmin(actor), status: 'failed' });
    if (failed > 0) {
      tasks.push({ label: 'E-Mails, die nicht zugestellt werden konnten', count: failed, href: `${ADMIN_PATHS.outbox}?status=failed`, urgent: true });
    }
  }
  if (canManageUsers(actor)) {
    const waiting = await countStaffWithoutPassword(deps.db);
    if (waiting > 0) tasks.push({ label: 'Konten ohne gesetztes Passwort', count: waiting, href: `${ADMIN_PATHS.users}?status=ohne-passwort` });
  }
  return tasks;
}
