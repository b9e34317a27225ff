import type { CurrentUser } from '../../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { BOOKING_PATHS } from '../paths';
import { countOpenRefunds } from '../refund-repository';
import { countRequestedReductions } from '../staff-repository';

/** "Meine Aufgaben" for VHS staff: reductions that wait for a decision, refunds that wait for their transfer. */
export async function listBookingStaffTasks(actor: CurrentUser, deps: Pick<ModuleDeps, 'db'>): Promise<StaffTask[]> {
  if (!mayManageVhs(actor)) return [];
  const [reductions, refunds] = await Promise.all([countRequestedReductions(deps.db), countOpenRefunds(deps.db)]);
  const tasks: StaffTask[] = [
    { label: 'Ermäßigungen zu entscheiden (Volkshochschule)', count: reductions, href: BOOKING_PATHS.staffList },
    { label: 'Erstattungen zu überweisen (Volkshochschule)', count: refunds, href: BOOKING_PATHS.staffRefunds },
  ];
  return tasks.filter((task) => task.count > 0);
}
