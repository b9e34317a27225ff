import type { CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../kernel/module';
import { PATHS } from '../paths';
import { mayHandleAccessibilityReports } from '../policies';
import { countAccessibilityReports } from '../repository';

/** "Meine Aufgaben": open "Barriere melden" reports, for the staff who answer them. */
export async function accessibilityStaffTasks(actor: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayHandleAccessibilityReports(actor)) return [];
  const open = await countAccessibilityReports(db, 'open');
  return [{ label: 'Neue Barrieremeldungen', count: open, href: `${PATHS.reports}?status=open` }];
}
