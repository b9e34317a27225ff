import { count, isNotNull, lt } from 'drizzle-orm';
import type { CurrentUser } from '../../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../../kernel/module';
import { today } from '../../lending/rules';
import { LENDING_PATHS } from '../../paths';
import { mayLend } from '../../policies';
import { libraryHolds, libraryLoans } from '../../tables/lending';

/** "Meine Aufgaben" for library staff: overdue loans to chase and returned copies waiting on the hold shelf. */
export async function lendingStaffTasks(actor: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayLend(actor)) return [];
  const [[overdue], [ready]] = await Promise.all([
    db.select({ n: count() }).from(libraryLoans).where(lt(libraryLoans.dueOn, today())),
    db.select({ n: count() }).from(libraryHolds).where(isNotNull(libraryHolds.readyAt)),
  ]);
  return [
    { label: 'Überfällige Ausleihen', count: overdue?.n ?? 0, href: LENDING_PATHS.desk, urgent: (overdue?.n ?? 0) > 0 },
    { label: 'Vormerkungen im Abholregal', count: ready?.n ?? 0, href: LENDING_PATHS.desk },
  ];
}
